import { shutdownEngine } from '../engine';
import { runWithFiles, sim } from './helpers';

beforeAll(async () => {
	await sim.start();
});
afterAll(async () => {
	await sim.stop();
	shutdownEngine();
});

const mp3 = { field: 'data', text: 'ID3-audio', mimeType: 'audio/mpeg', fileName: 'hello.mp3' };
const pdf = { field: 'data', text: '%PDF-1.4 invoice', mimeType: 'application/pdf', fileName: 'invoice.pdf' };

describe('ICTCore file uploads and downloads', () => {
	it('plays an uploaded MP3, sent raw as audio/mpeg3 (ICTCore rejects audio/mpeg)', async () => {
		const before = sim.log.length;
		const { run, output } = await runWithFiles(
			{
				resource: 'call',
				operation: 'playRecording',
				to: '+14155550100',
				audioSource: 'binary',
				binaryPropertyName: 'data',
				options: { contactName: 'Ann' },
			},
			[[mp3]],
		);
		expect(run.status).toBe('success');
		const out = output('ictCore')[0];
		const seen = sim.log.slice(before);
		expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual([
			'POST /api/messages/recordings',
			`PUT /api/messages/recordings/${out.recording_id}/media`,
			'POST /api/programs/voicemessage',
			'POST /api/contacts',
			'POST /api/transmissions',
			`POST /api/transmissions/${out.transmission_id}/send`,
		]);
		expect(seen[1].headers['content-type']).toBe('audio/mpeg3');
		expect(seen[1].rawBody.toString()).toBe('ID3-audio');
		expect(seen[3].body).toEqual({ first_name: 'Ann', phone: '+14155550100' });
		expect(seen[4].body).toMatchObject({ contact_id: out.contact_id });
	});

	it('refuses an unsupported file type before any request', async () => {
		const before = sim.log.length;
		const { error } = await runWithFiles(
			{
				resource: 'fax',
				operation: 'send',
				to: '+14155550100',
				documentSource: 'binary',
				binaryPropertyName: 'data',
				options: {},
			},
			[[{ ...pdf, mimeType: 'application/zip' }]],
		);
		expect(error?.message).toBe('data: ICTCore does not accept files of type "application/zip" [item 0]');
		expect(sim.log.length).toBe(before);
	});

	it('faxes an uploaded PDF at the chosen quality and waits for the end', async () => {
		const { output } = await runWithFiles(
			{
				resource: 'fax',
				operation: 'send',
				to: '+14155550100',
				documentSource: 'binary',
				binaryPropertyName: 'data',
				options: { quality: 'fine', waitUntilFinished: true, pollInterval: 0.1 },
			},
			[[pdf]],
		);
		const out = output('ictCore')[0];
		expect(out).toMatchObject({ document_id: expect.any(Number), status: 'completed', finished: true });
		expect(sim.requests({ method: 'POST', path: '/api/messages/documents' }).at(-1)?.body).toEqual({
			name: 'invoice.pdf',
			quality: 'fine',
		});
		expect(
			sim.requests({ method: 'PUT', path: `/api/messages/documents/${out.document_id}/media` })[0].headers[
				'content-type'
			],
		).toBe('application/pdf');
	});

	it('e-mails with two attachments: the first PUT, the next POST (append)', async () => {
		const { output } = await runWithFiles(
			{
				resource: 'email',
				operation: 'send',
				to: 'ann@example.com',
				subject: 'Invoice',
				bodyHtml: '<p>See attached</p>',
				options: { attachments: 'data, extra' },
			},
			[[pdf, { field: 'extra', text: 'a,b', mimeType: 'text/csv', fileName: 'rows.csv' }]],
		);
		const id = output('ictCore')[0].template_id;
		const uploads = sim.requests({ path: `/api/messages/templates/${id}/media` });
		expect(uploads.map((r) => [r.method, r.headers['content-type']])).toEqual([
			['PUT', 'application/pdf'],
			['POST', 'text/csv'],
		]);
	});

	it('imports a CSV into a group as text/csv, and uploads and downloads message media', async () => {
		const group = sim.insert('groups', 'group_id', { name: 'Import', description: null, user_id: 1 });
		const csv = {
			field: 'data',
			text: '"923330000001","Bo","Lee","bo@example.com","street","a","b","c","note"\n923330000002\n',
			mimeType: 'application/octet-stream',
			fileName: 'c.csv',
		};
		const imported = await runWithFiles(
			{ resource: 'group', operation: 'importCsv', groupId: group.group_id as number, binaryPropertyName: 'data' },
			[[csv]],
		);
		expect(imported.output('ictCore')[0]).toMatchObject({ group_id: group.group_id, imported: true });
		expect(sim.requests({ path: `/api/groups/${group.group_id}/csv` })[0].headers['content-type']).toBe('text/csv');
		expect(sim.tables.links.filter((l) => l.group_id === group.group_id)).toHaveLength(2);

		const recording = sim.insert('recordings', 'recording_id', { name: 'r', description: null, user_id: 1 });
		const upload = await runWithFiles(
			{
				resource: 'message',
				operation: 'uploadMedia',
				messageType: 'recording',
				messageId: String(recording.recording_id),
				binaryPropertyName: 'data',
				append: false,
			},
			[[{ ...mp3, mimeType: 'audio/wav', fileName: 'r.wav' }]],
		);
		expect(upload.output('ictCore')[0]).toMatchObject({ recording_id: recording.recording_id, mimeType: 'audio/wav' });
		const download = await runWithFiles(
			{
				resource: 'message',
				operation: 'downloadMedia',
				messageType: 'recording',
				messageId: String(recording.recording_id),
				binaryPropertyName: 'audio',
			},
			[[]],
		);
		const binary = download.items('ictCore')[0].binary!.audio;
		expect([binary.mimeType, Buffer.from(binary.data, 'base64').toString()]).toEqual(['audio/wav', 'ID3-audio']);
	});
});
