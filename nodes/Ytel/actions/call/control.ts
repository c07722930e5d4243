import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { requireText, segment } from '../../helpers/params';
import { ytelRequestOne } from '../../transport';

/**
 * One command to a call in progress (`POST /v4/call/<command>/:callSid`). Output: Ytel's `sentToCall` with the
 * call SID. Not repeated on an unclear failure: playing or recording twice is not harmless.
 */
export async function callCommand(this: IExecuteFunctions, itemIndex: number, command: string, body: IDataObject): Promise<IDataObject> {
	const callSid = requireText.call(this, itemIndex, 'callSid', 'Call SID');
	const result = await ytelRequestOne.call(
		this,
		{ method: 'POST', path: `/v4/call/${command}/${segment(callSid)}`, body },
		{ idempotent: false, itemIndex },
	);
	return { callSid, ...result };
}
