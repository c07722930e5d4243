import type { IDataObject, INodeExecutionData, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { collection } from './helpers/entity';
import { idField, SERVICE_OPTIONS, toId } from './helpers/fields';
import type { PollResult, TransmissionCursor } from './helpers/poll';
import { enrich, pollCampaigns, pollContacts, pollTransmissions, TRANSMISSION_EVENTS } from './helpers/poll';
import * as loadOptions from './methods/loadOptions';
import type { IctCoreFile } from './transport';
import { ictCoreRequest } from './transport';

/** A received fax as a PDF (ICTCore rebuilds it from the stored TIFF). */
async function faxDocument(this: IPollFunctions, documentId: number) {
	const file = (await ictCoreRequest.call(this, {
		method: 'GET',
		path: `/messages/documents/${documentId}/media`,
		idempotent: true,
		expect: 'file',
	})) as IctCoreFile;
	return await this.helpers.prepareBinaryData(file.data, file.fileName ?? `fax_${documentId}.pdf`, file.mimeType);
}

export class IctCoreTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'ICTCore Trigger',
		name: 'ictCoreTrigger',
		icon: { light: 'file:../../icons/ictcore.svg', dark: 'file:../../icons/ictcore.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{ $parameter["event"] }}',
		description:
			'Starts the workflow on inbound messages, finished transmissions, campaign changes and new contacts, by polling ICTCore',
		defaults: { name: 'ICTCore Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'ictCoreRestApi', required: true }],
		properties: [
			{
				displayName:
					'ICTCore has no callbacks: this trigger polls it. Inbound SMS, fax and e-mail only appear once the receiving account has a receive program (ICTCore node: Account → Enable Inbound).',
				name: 'notice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Campaign Status Changed', value: 'campaignStatusChanged' },
					{ name: 'Inbound Email Received', value: 'inboundEmail' },
					{ name: 'Inbound Fax Received', value: 'inboundFax' },
					{ name: 'Inbound SMS Received', value: 'inboundSms' },
					{ name: 'New Contact', value: 'newContact' },
					{ name: 'New Transmission', value: 'newTransmission' },
					{
						name: 'Transmission Finished',
						value: 'transmissionFinished',
						description: 'An outbound transmission completed, failed or was invalid',
					},
				],
				default: 'inboundSms',
			},
			{
				...collection('options', [
					idField('accountId', 'Account'),
					idField('campaignId', 'Campaign'),
					{
						displayName: 'Download Fax Document',
						name: 'downloadFaxDocument',
						type: 'boolean',
						default: false,
						description: 'Whether to add the received fax as a PDF in the binary field "data" (Inbound Fax Received)',
					},
					{
						displayName: 'Emit Only Final Failures',
						name: 'emitOnlyFinal',
						type: 'boolean',
						default: true,
						description: 'Whether to hold back a failed transmission while ICTCore still has attempts left to retry it',
					},
					{
						displayName: 'Look-Back (Minutes)',
						name: 'lookbackMinutes',
						type: 'number',
						typeOptions: { minValue: 1 },
						default: 60,
						description: 'How far back each poll looks for transmissions or contacts; must exceed the poll interval',
					},
					{
						displayName: 'Service',
						name: 'serviceFlag',
						type: 'options',
						options: SERVICE_OPTIONS,
						default: 4,
						description: 'Only transmissions of this service',
					},
				]),
				displayOptions: { hide: { event: ['campaignStatusChanged'] } },
			},
		],
	};

	methods = { loadOptions };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const event = this.getNodeParameter('event') as string;
		const options = this.getNodeParameter('options', {}) as IDataObject;
		const data = this.getWorkflowStaticData('node');
		const manual = this.getMode() === 'manual';
		const after = Math.floor(Date.now() / 1000) - Number(options.lookbackMinutes ?? 60) * 60;
		let result: PollResult;
		if (event === 'campaignStatusChanged') result = await pollCampaigns.call(this, data);
		else if (event === 'newContact') result = await pollContacts.call(this, data, after);
		else {
			const filters: IDataObject = { after };
			if (options.accountId) filters.account_id = toId.call(this, 0, 'accountId', options.accountId);
			if (options.campaignId) filters.campaign_id = toId.call(this, 0, 'campaignId', options.campaignId);
			if (options.serviceFlag && !TRANSMISSION_EVENTS[event].serviceFixed) filters.service_flag = options.serviceFlag;
			data.cursor ??= { pending: {} };
			const onlyFinal = options.emitOnlyFinal !== false;
			result = await pollTransmissions.call(this, event, filters, data.cursor as TransmissionCursor, onlyFinal);
		}
		// the first poll only sets the cursor; in the editor it shows the newest record as sample data
		if (result.seeded && !manual) return null;
		const rows = result.seeded ? result.rows.slice(-1) : result.rows;
		if (!rows.length) return null;
		const out: INodeExecutionData[] = [];
		for (const row of rows) {
			const json = await enrich.call(this, event, row);
			const download = event === 'inboundFax' && options.downloadFaxDocument && json.document_id;
			out.push(
				download ? { json, binary: { data: await faxDocument.call(this, json.document_id as number) } } : { json },
			);
		}
		return [out];
	}
}
