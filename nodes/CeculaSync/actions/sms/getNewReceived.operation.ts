import { receivedSms } from '../../helpers/normalize';
import { newRecordsOperation, show } from '../common';

export const getNewReceived = newRecordsOperation(
	'/get-new-sms',
	show('sms', 'getNewReceived'),
	'received SMS',
	receivedSms,
);
