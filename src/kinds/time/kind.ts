import { fold } from '../../normalize/text';
import type { KindDefinition } from '../registry';
import { compareTimes } from './compare';
import { parseTime } from './parse';
import type { TimeValue } from './value';

export const timeKind: KindDefinition<TimeValue> = {
  kind: 'time',
  conflictCode: 'time_mismatch',
  conflictSeverity: 'high',
  contextual: true,
  hints: ['time', 'dep', 'arr', 'departure', 'arrival', 'depart', 'arrive', 'hour', 'clock', 'eta', 'etd'],
  detect(raw) {
    if (typeof raw !== 'string') return 0;
    const s = fold(raw);
    if (!parseTime(raw, { publishedAt: undefined, dateOrder: 'auto' }).ok) return 0;
    return /\d:\d\d|\d\s*[ap]\.?m\b/.test(s) ? 0.95 : 0.6;
  },
  parse: parseTime,
  compare: (a, b) => compareTimes(a, b),
  // Minutes apart around the clock, as a share of the farthest two times can be (12 hours).
  distance: (a, b) => {
    const d = Math.abs(a.minutes - b.minutes) % 1440;
    return Math.min(d, 1440 - d) / 720;
  },
  normalize: (v) => v.key,
  specificity: (v) => 4 - Math.log2(1 + v.hi - v.lo) / 4 + (v.halfDayUnknown ? 0 : 0.5) + (v.date === undefined ? 0 : 1),
};
