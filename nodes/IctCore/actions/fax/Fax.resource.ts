import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import * as downloadDocument from './downloadDocument.operation';
import * as getAll from './getAll.operation';
import * as send from './send.operation';

export const operations = { send, getAll, downloadDocument };

export const description: INodeProperties[] = [
	operationSelector(
		'fax',
		[
			{
				name: 'Download Document',
				value: 'downloadDocument',
				action: 'Download a fax document',
				description: 'Download a document (such as a received fax) as a PDF',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many fax transmissions',
				description: 'List fax transmissions with filters',
			},
			{
				name: 'Send',
				value: 'send',
				action: 'Send a fax',
				description: 'Upload the document, create the program and transmission, and send it',
			},
		],
		'send',
	),
	...Object.values(operations).flatMap((o) => o.description),
];
