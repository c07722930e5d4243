/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  // Type checking is `npm run typecheck`; Jest only transpiles (isolatedModules in tsconfig.test.json).
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }] },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  // dist/ holds a copy of package.json (the build includes it); keep Jest's module map to the sources.
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
  setupFiles: ['<rootDir>/test/setup-env.ts'],
  testTimeout: 30000,
};
