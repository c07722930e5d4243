// n8n-core's InstanceSettings (created through @n8n/di when a node runs) reads and writes
// <N8N_USER_FOLDER>/.n8n/config; keep it inside the project's git-ignored folder, not in $HOME.
import { join } from 'node:path';

process.env.N8N_USER_FOLDER ??= join(__dirname, '..', '.jest-n8n-home');
