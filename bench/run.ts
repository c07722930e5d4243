/**
 * `npm run bench`: runs every provider benchmark (bench/<provider>.ts) one after the other. Each prints its own
 * figures; `--quick` is passed on for short runs.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const files = readdirSync(__dirname).filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.startsWith('_'));
for (const file of files) {
	console.log(`\n### ${file}`);
	execFileSync(join(__dirname, '..', 'node_modules', '.bin', 'ts-node'), ['--transpile-only', join(__dirname, file), ...args], {
		stdio: 'inherit',
	});
}
