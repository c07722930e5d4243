import { autoResponseOperation, show, textField } from '../common';

export const setAutoResponse = autoResponseOperation('/set-call-autoresponse', show('call', 'setAutoResponse'), 'set', [
	textField({ description: 'The message sent back to everyone who calls the dedicated number, up to 1530 characters' }),
]);
