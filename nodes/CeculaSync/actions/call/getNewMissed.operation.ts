import { missedCall } from '../../helpers/normalize';
import { newRecordsOperation, show } from '../common';

export const getNewMissed = newRecordsOperation(
	'/new-missed-calls',
	show('call', 'getNewMissed'),
	'missed call',
	missedCall,
);
