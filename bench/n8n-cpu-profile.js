/**
 * Preloaded into the n8n server by bench/triggers.ts (NODE_OPTIONS=--require, when BENCH_N8N_CPU_PROFILE names a
 * folder; n8n refuses --cpu-prof in NODE_OPTIONS): SIGUSR2 starts V8's CPU profiler, the next SIGUSR2 writes the
 * profile to that folder, so each profile covers one burst of requests and nothing of n8n's start.
 */
'use strict';
const { Session } = require('node:inspector');
const { renameSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const folder = process.env.BENCH_N8N_CPU_PROFILE;
let session;
if (folder) {
	process.on('SIGUSR2', () => {
		if (!session) {
			session = new Session();
			session.connect();
			session.post('Profiler.enable');
			session.post('Profiler.setSamplingInterval', { interval: 200 });
			session.post('Profiler.start');
			return;
		}
		const current = session;
		session = undefined;
		current.post('Profiler.stop', (error, result) => {
			if (!error) {
				// written under another name first: the bench picks the file up as soon as it appears
				const file = join(folder, `n8n-${process.pid}-${Date.now()}.cpuprofile`);
				writeFileSync(`${file}.partial`, JSON.stringify(result.profile));
				renameSync(`${file}.partial`, file);
			}
			current.disconnect();
		});
	});
}
