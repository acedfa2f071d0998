/** The date kind: "July 12", "Friday (12.07.24)", "2021", "last week", as intervals of days. */
export { parseDate } from './parse';
export { compareDates } from './compare';
export { dateKind } from './kind';
export type { DatePart, DateValue } from './value';
