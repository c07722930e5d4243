import type { Entity } from '../../helpers/entity';
import { idField } from '../../helpers/fields';

export const PROGRAM: Entity = {
	resource: 'program',
	path: '/programs',
	idKey: 'program_id',
	idField: idField('programId', 'Program'),
};

/** Program types and the parameter each needs (reference §4.3). */
export const TYPES: Array<{ name: string; value: string; field: string }> = [
	{ name: 'Email to Fax (Inbound)', value: 'emailtofax', field: 'accountId' },
	{ name: 'Fax to Email (Inbound)', value: 'faxtoemail', field: 'accountId' },
	{ name: 'Receive Email', value: 'receiveemail', field: 'accountId' },
	{ name: 'Receive Fax', value: 'receivefax', field: 'accountId' },
	{ name: 'Receive SMS', value: 'receivesms', field: 'accountId' },
	{ name: 'Send Email', value: 'sendemail', field: 'templateId' },
	{ name: 'Send Fax', value: 'sendfax', field: 'documentId' },
	{ name: 'Send SMS', value: 'sendsms', field: 'textId' },
	{ name: 'Voice Message', value: 'voicemessage', field: 'recordingId' },
	{ name: 'Voice Text to Speech', value: 'voicetts', field: 'text' },
];
