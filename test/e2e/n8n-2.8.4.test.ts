/**
 * End to end in n8n 2.8.4, the newest n8n that runs on Node.js 20 (this project's Node.js): see suite.ts.
 * n8n is installed once per machine into the cache folder (scripts/install-n8n.sh, about 3.5 minutes cold).
 */
import { describeE2e } from './suite';

jest.setTimeout(20 * 60 * 1000);

describeE2e({ version: '2.8.4', port: 5690 });
