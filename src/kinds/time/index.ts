/** The time kind: "7:10 a.m.", "Thu 20:00", "0737 GMT", "noon", with the date or weekday written beside it. */
export { parseTime } from './parse';
export { compareTimes } from './compare';
export { timeKind } from './kind';
export type { TimeValue } from './value';
