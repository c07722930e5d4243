import * as account from './account/Account.resource';
import * as call from './call/Call.resource';
import * as contact from './contact/Contact.resource';
import * as dnc from './dnc/Dnc.resource';
import * as lookup from './lookup/Lookup.resource';
import * as message from './message/Message.resource';
import * as numberSet from './numberSet/NumberSet.resource';
import * as phoneNumber from './phoneNumber/PhoneNumber.resource';
import * as recording from './recording/Recording.resource';
import * as smsTemplate from './smsTemplate/SmsTemplate.resource';

/** Every resource by its `resource` value, with its display name. */
export const resources = {
	account: { name: 'Account', ...account },
	call: { name: 'Call', ...call },
	contact: { name: 'Contact', ...contact },
	dnc: { name: 'DNC', ...dnc },
	lookup: { name: 'Lookup', ...lookup },
	message: { name: 'Message', ...message },
	numberSet: { name: 'Number Set', ...numberSet },
	phoneNumber: { name: 'Phone Number', ...phoneNumber },
	recording: { name: 'Recording', ...recording },
	smsTemplate: { name: 'SMS Template', ...smsTemplate },
};
