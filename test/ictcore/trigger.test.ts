import { IctCoreTrigger } from '../../nodes/IctCore/IctCoreTrigger.node';
import { poller, shutdownEngine, triggerNode } from '../engine';
import { credentials, run, sim } from './helpers';

beforeAll(async () => {
	await sim.start();
	// time moves only when a test advances the simulator's clock
	sim.attemptMs = 10_000;
	sim.retryDelayMs = 60_000;
});
afterAll(async () => {
	await sim.stop();
	shutdownEngine();
});

const trigger = new IctCoreTrigger();
const pollerFor = (event: string, options = {}) =>
	poller(trigger, triggerNode('ictCoreTrigger', { event, options }, 'ictCoreRestApi'), credentials('basic'));

describe('ICTCore polling trigger', () => {
	it('emits inbound SMS once, with the message body, and nothing old on activation', async () => {
		sim.receive({ service: 'sms', from: '+14155550200', text: 'old' });
		const p = pollerFor('inboundSms');
		expect(await p.poll()).toBeNull();
		sim.receive({ service: 'sms', from: '+14155550201', text: 'Hello there' });
		sim.receive({ service: 'sms', from: '+14155550202', emptyBody: true });
		const items = (await p.poll())![0].map((i) => i.json);
		expect(items).toMatchObject([
			{ event: 'sms.received', contact_phone: '+14155550201', message: 'Hello there', direction: 'inbound' },
			{ event: 'sms.received', contact_phone: '+14155550202', message: null },
		]);
		expect(await p.poll()).toBeNull();
		expect(sim.requests({ path: '/api/transmissions', method: 'GET' }).at(-1)?.query).toMatchObject({
			direction: 'inbound',
			service_flag: '4',
		});
	});

	it('emits inbound fax and e-mail with their content references', async () => {
		const fax = pollerFor('inboundFax', { downloadFaxDocument: true });
		const email = pollerFor('inboundEmail');
		await fax.poll();
		await email.poll();
		sim.receive({ service: 'fax', from: '+14155550300' });
		sim.receive({ service: 'email', from: 'bo@example.com', subject: 'Order', text: '<p>1</p>' });
		const faxItem = (await fax.poll())![0][0];
		expect(faxItem.json).toMatchObject({
			event: 'fax.received',
			pages: 2,
			document_id: expect.any(Number),
			contact_phone: '+14155550300',
		});
		expect(faxItem.binary?.data.mimeType).toBe('application/pdf');
		expect((await email.poll())![0][0].json).toMatchObject({
			event: 'email.received',
			subject: 'Order',
			body: '<p>1</p>',
			contact_email: 'bo@example.com',
		});
	});

	it('tracks outbound transmissions until they finish, holding failures while a retry is pending', async () => {
		const finished = pollerFor('transmissionFinished');
		const created = pollerFor('newTransmission');
		await finished.poll();
		await created.poll();
		const send = await run(
			{ resource: 'sms', operation: 'send', to: '={{ $json.to }}', message: 'x', options: { tryAllowed: 2 } },
			[{ to: '+14155550100' }, { to: '+14155550114' }],
		);
		const [ok, flaky] = send.output('ictCore').map((o) => o.transmission_id);
		expect((await created.poll())![0].map((i) => [i.json.event, i.json.transmission_id])).toEqual([
			['transmission.created', ok],
			['transmission.created', flaky],
		]);
		expect(await finished.poll()).toBeNull(); // both processing
		expect(finished.staticData()?.cursor).toMatchObject({
			pending: { [String(ok)]: 'processing', [String(flaky)]: 'processing' },
		});
		sim.advance(10_000); // first attempts end: ok completed, flaky failed with a retry pending
		const first = (await finished.poll())![0].map((i) => i.json);
		expect(first).toMatchObject([{ event: 'sms.status', transmission_id: ok, status: 'completed', dlrCode: '1' }]);
		sim.advance(60_000); // the retry starts ...
		expect(await finished.poll()).toBeNull();
		expect(finished.staticData()?.cursor).toMatchObject({ pending: { [String(flaky)]: 'processing' } });
		sim.advance(10_000); // ... and completes
		const second = (await finished.poll())![0].map((i) => i.json);
		expect(second).toMatchObject([{ event: 'sms.status', transmission_id: flaky, status: 'completed' }]);
		expect(await finished.poll()).toBeNull();
	});

	it('keeps tracking a transmission that left the look-back window until it finishes', async () => {
		const finished = pollerFor('transmissionFinished', { lookbackMinutes: 5 });
		const send = await run({ resource: 'sms', operation: 'send', to: '+14155550100', message: 'x', options: {} });
		const id = send.output('ictCore')[0].transmission_id as number;
		expect(await finished.poll()).toBeNull(); // seeds, with the transmission pending
		const tx = sim.find('transmissions', 'transmission_id', id)!;
		tx.date_created = Number(tx.date_created) - 3600; // now outside the 5-minute window
		sim.advance(10_000);
		const items = (await finished.poll())![0].map((i) => i.json);
		expect(items).toMatchObject([{ event: 'sms.status', transmission_id: id, status: 'completed' }]);
		expect(sim.requests({ path: `/api/transmissions/${id}/status` })).toHaveLength(1);
	});

	it('emits campaign status changes and new contacts', async () => {
		const campaigns = pollerFor('campaignStatusChanged');
		const contacts = pollerFor('newContact');
		await campaigns.poll();
		await contacts.poll();
		const group = await run({ resource: 'group', operation: 'create', name: 'T', additionalFields: {} });
		const program = await run({
			resource: 'program',
			operation: 'create',
			programType: 'voicetts',
			text: 'hi',
			additionalFields: {},
		});
		const campaign = await run({
			resource: 'campaign',
			operation: 'create',
			programId: program.output('ictCore')[0].program_id,
			groupId: group.output('ictCore')[0].group_id,
			additionalFields: {},
		});
		const campaignId = campaign.output('ictCore')[0].campaign_id;
		const member = sim.insert('contacts', 'contact_id', { phone: '+14155550401', user_id: 1 });
		sim.tables.links.push({ contact_id: member.contact_id, group_id: group.output('ictCore')[0].group_id });
		expect(await campaigns.poll()).toBeNull(); // a new campaign is not a change
		await run({ resource: 'campaign', operation: 'start', campaignId });
		expect((await campaigns.poll())![0][0].json).toMatchObject({
			event: 'campaign.status',
			campaign_id: campaignId,
			status: 'running',
			previous_status: 'new',
		});
		sim.advance(30_000); // one contact at the default 2 per minute
		expect((await campaigns.poll())![0][0].json).toMatchObject({ status: 'completed', previous_status: 'running' });
		await run({ resource: 'contact', operation: 'create', phone: '+14155550400', additionalFields: {} });
		expect((await contacts.poll())![0].map((i) => i.json)).toMatchObject([
			{ event: 'contact.created', phone: '+14155550401' },
			{ event: 'contact.created', phone: '+14155550400' },
		]);
		expect(await contacts.poll()).toBeNull();
	});

	it('shows the newest record as sample data in manual mode', async () => {
		const p = pollerFor('inboundSms');
		const sample = await p.poll('manual');
		expect(sample?.[0]).toHaveLength(1);
		expect(sample![0][0].json.event).toBe('sms.received');
	});
});
