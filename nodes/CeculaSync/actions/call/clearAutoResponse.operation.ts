import { autoResponseOperation, show } from '../common';

export const clearAutoResponse = autoResponseOperation(
	'/set-call-autoresponse',
	show('call', 'clearAutoResponse'),
	'clear',
);
