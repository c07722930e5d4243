import { serviceTransmissions } from '../transmissionLists';

export const { description, execute } = serviceTransmissions('call', 1);
