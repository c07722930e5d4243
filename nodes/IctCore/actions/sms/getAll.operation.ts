import { serviceTransmissions } from '../transmissionLists';

export const { description, execute } = serviceTransmissions('sms', 4);
