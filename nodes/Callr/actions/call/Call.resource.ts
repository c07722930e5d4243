import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import * as broadcastMessage from './broadcastMessage.operation';
import * as cancelClickToCall from './cancelClickToCall.operation';
import * as getCdrs from './getCdrs.operation';
import * as getClickToCallStatus from './getClickToCallStatus.operation';
import * as startClickToCall from './startClickToCall.operation';
import * as startRealtimeCall from './startRealtimeCall.operation';

export const operations = {
	broadcastMessage,
	cancelClickToCall,
	getCdrs,
	getClickToCallStatus,
	startClickToCall,
	startRealtimeCall,
};

export const description: INodeProperties[] = [
	operationSelector(
		'call',
		[
			{
				name: 'Broadcast Message',
				value: 'broadcastMessage',
				description: 'Call a number and play a recorded or text-to-speech message',
				action: 'Broadcast a voice message',
			},
			{
				name: 'Cancel Click-to-Call',
				value: 'cancelClickToCall',
				description: 'Cancel a scheduled click-to-call that has not started',
				action: 'Cancel a click-to-call',
			},
			{
				name: 'Get CDRs',
				value: 'getCdrs',
				description: 'Get the call detail records of a period',
				action: 'Get call detail records',
			},
			{
				name: 'Get Click-to-Call Status',
				value: 'getClickToCallStatus',
				description: 'Get a click-to-call with the status of both parties',
				action: 'Get a click-to-call status',
			},
			{
				name: 'Start Click-to-Call',
				value: 'startClickToCall',
				description: 'Call party A, then connect party B once A answers',
				action: 'Start a click-to-call',
			},
			{
				name: 'Start Real-Time Call',
				value: 'startRealtimeCall',
				description: 'Call a number controlled by a Real-Time app’s callback URL',
				action: 'Start a real-time call',
			},
		],
		'startClickToCall',
	),
	...startClickToCall.description,
	...getClickToCallStatus.description,
	...cancelClickToCall.description,
	...broadcastMessage.description,
	...startRealtimeCall.description,
	...getCdrs.description,
];
