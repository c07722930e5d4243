import { autoResponseOperation, show, textField } from '../common';

export const setAutoResponse = autoResponseOperation('/set-sms-autoresponse', show('sms', 'setAutoResponse'), 'set', [
	textField({ description: 'The SMS sent back to everyone who texts the dedicated number, up to 1530 characters' }),
]);
