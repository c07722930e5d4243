import { autoResponseOperation, show } from '../common';

export const clearAutoResponse = autoResponseOperation(
	'/set-sms-autoresponse',
	show('sms', 'clearAutoResponse'),
	'clear',
);
