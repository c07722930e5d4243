import { createRouter } from '../../shared/operations';
import { DEFAULT_CONCURRENCY } from '../helpers/send';
import { CREDENTIAL_TYPE, PROVIDER } from '../transport';
import * as account from './account/Account.resource';
import * as call from './call/Call.resource';
import * as campaign from './campaign/Campaign.resource';
import * as contact from './contact/Contact.resource';
import * as email from './email/Email.resource';
import * as fax from './fax/Fax.resource';
import * as group from './group/Group.resource';
import * as message from './message/Message.resource';
import * as program from './program/Program.resource';
import * as report from './report/Report.resource';
import * as sms from './sms/Sms.resource';
import * as transmission from './transmission/Transmission.resource';

export const router = createRouter({
	provider: PROVIDER,
	credentialType: CREDENTIAL_TYPE,
	defaultConcurrency: DEFAULT_CONCURRENCY,
	resources: {
		account: account.operations,
		call: call.operations,
		campaign: campaign.operations,
		contact: contact.operations,
		email: email.operations,
		fax: fax.operations,
		group: group.operations,
		message: message.operations,
		program: program.operations,
		report: report.operations,
		sms: sms.operations,
		transmission: transmission.operations,
	},
});
