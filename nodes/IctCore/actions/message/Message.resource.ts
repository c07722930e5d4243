import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as downloadMedia from './downloadMedia.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';
import * as uploadMedia from './uploadMedia.operation';

export const operations = { create, get, getAll, update, delete: del, uploadMedia, downloadMedia };

export const description: INodeProperties[] = [
	{
		displayName: 'Message Type',
		name: 'messageType',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['message'] } },
		options: [
			{ name: 'Document (Fax)', value: 'document' },
			{ name: 'Recording (Voice)', value: 'recording' },
			{ name: 'Template (Email)', value: 'template' },
			{ name: 'Text (SMS)', value: 'text' },
		],
		default: 'text',
	},
	operationSelector(
		'message',
		[
			{ name: 'Create', value: 'create', action: 'Create a message' },
			{ name: 'Delete', value: 'delete', action: 'Delete a message' },
			{
				name: 'Download Media',
				value: 'downloadMedia',
				action: 'Download the media of a message',
				description: 'Download the file of a recording, document or template',
			},
			{ name: 'Get', value: 'get', action: 'Get a message' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many messages' },
			{ name: 'Update', value: 'update', action: 'Update a message' },
			{
				name: 'Upload Media',
				value: 'uploadMedia',
				action: 'Upload the media of a message',
				description: 'Upload the file of a recording, document or template',
			},
		],
		'create',
	),
	...Object.values(operations).flatMap((o) => o.description),
];
