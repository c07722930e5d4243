import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { requirePhoneNumber, splitList } from '../../../shared/phone';
import { keyValues, setFields } from '../../helpers/params';

/** Ytel's `extData` and `keys` from a collection of contact fields, `Other Data` pairs and `Keys`. */
export function contactBody(this: IExecuteFunctions, itemIndex: number, fields: IDataObject): IDataObject {
	const { keys, otherData, phonenumber1, ...named } = fields;
	const extData: IDataObject = { ...keyValues(otherData), ...setFields(named) };
	if (phonenumber1) extData.phonenumber1 = requirePhoneNumber(this.getNode(), itemIndex, 'Phone Number', phonenumber1);
	const body: IDataObject = {};
	if (Object.keys(extData).length) body.extData = extData;
	if (keys) body.keys = splitList(keys);
	return body;
}
