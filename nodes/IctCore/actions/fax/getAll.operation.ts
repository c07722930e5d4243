import { serviceTransmissions } from '../transmissionLists';

export const { description, execute } = serviceTransmissions('fax', 2);
