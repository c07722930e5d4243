// The second leg of n8n's verification scanner (n8n-io/n8n packages/@n8n/scan-community-package/scanner/scanner.mjs),
// run on dist/ before publishing: the built JavaScript and package.json, linted with the community rules and
// no-console, inline eslint comments ignored. Prints {files, problems} as JSON; exits 1 when there are problems.
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
// The plugins come with @n8n/node-cli (the lint tool the project pins).
const cli = createRequire(join(ROOT, 'node_modules/@n8n/node-cli/package.json'));
const { ESLint } = cli('eslint');
const { n8nCommunityNodesPlugin } = cli('@n8n/eslint-plugin-community-nodes');
const nodesBase = cli('eslint-plugin-n8n-nodes-base');

const eslint = new ESLint({
	cwd: ROOT,
	allowInlineConfig: false,
	overrideConfigFile: true,
	overrideConfig: [
		n8nCommunityNodesPlugin.configs.recommended,
		{ rules: { 'no-console': 'error' } },
		{ plugins: { 'n8n-nodes-base': nodesBase } },
		{ files: ['package.json'], rules: { ...nodesBase.configs.community.rules } },
		{ files: ['**/*.json'], languageOptions: { parser: cli('@typescript-eslint/parser') } },
	],
});
const results = await eslint.lintFiles(['dist/**/*.js', 'package.json']);
const problems = results.flatMap((r) =>
	r.messages
		.filter((m) => m.severity === 2)
		.map((m) => `${relative(ROOT, r.filePath)}:${m.line} ${m.ruleId ?? ''} ${m.message}`),
);
process.stdout.write(`${JSON.stringify({ files: results.map((r) => relative(ROOT, r.filePath)).sort(), problems })}\n`);
process.exitCode = problems.length ? 1 : 0;
