import { config } from '@n8n/node-cli/eslint';
import { globalIgnores } from 'eslint/config';

// n8n's rule sets apply to shipped code (package.json, credentials/, nodes/). Tests, simulators,
// benchmarks and scripts are not shipped and are type-checked by `npm run typecheck` instead.
export default [
  ...config,
  globalIgnores(['test/**', 'simulators/**', 'bench/**', 'scripts/**', 'examples/**', 'docs/**', 'jest.config.js', 'gulpfile.js']),
];
