export { compareGroups } from './compare';
export { groupId } from './positions';
export { ComparedTable } from './table';
