import { IctCore } from '../../nodes/IctCore/IctCore.node';
import { loadOptionsContext, packageNode, shutdownEngine } from '../engine';
import { credentials, sim } from './helpers';

beforeAll(async () => {
	await sim.start();
});
afterAll(async () => {
	await sim.stop();
	shutdownEngine();
});

describe('ICTCore pickers', () => {
	const node = packageNode('ictCore', { resource: 'campaign', operation: 'create' }, 'ictCoreRestApi');
	const load = async (method: keyof IctCore['methods']['loadOptions']) => {
		const type = new IctCore();
		const context = loadOptionsContext({ [node.type]: type }, node, credentials('basic'), 'parameters.programId');
		return await type.methods.loadOptions[method].call(context);
	};

	it('lists accounts, groups, programs and campaigns newest first with readable names', async () => {
		const group = sim.insert('groups', 'group_id', { name: 'VIP', description: null, user_id: 1 });
		const text = sim.insert('texts', 'text_id', { name: 't', data: 'x', user_id: 1 });
		const older = sim.insert('programs', 'program_id', {
			name: 'old',
			type: 'sendsms',
			text_id: text.text_id,
			user_id: 1,
		});
		const newer = sim.insert('programs', 'program_id', { name: 'promo', type: 'voicetts', text: 'hi', user_id: 1 });
		sim.insert('campaigns', 'campaign_id', {
			program_id: newer.program_id,
			group_id: group.group_id,
			status: 'new',
			user_id: 1,
		});

		expect(await load('getPrograms')).toEqual([
			{ name: `promo [voicetts] (#${newer.program_id})`, value: newer.program_id },
			{ name: `old [sendsms] (#${older.program_id})`, value: older.program_id },
		]);
		expect(await load('getGroups')).toEqual([{ name: `VIP (0 contacts) (#${group.group_id})`, value: group.group_id }]);
		expect((await load('getAccounts'))[0]).toEqual({ name: '+923001110000 — Main Line (#1)', value: 1 });
		expect((await load('getCampaigns'))[0].name).toMatch(/^voicetts to group \d+ — new \(#\d+\)$/);
		expect(sim.requests({ path: '/api/programs' }).at(-1)?.headers.authorization).toMatch(/^Basic /);
	});
});
