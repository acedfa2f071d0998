import { describe, expect, it } from 'vitest';
import { numberKind, parseNumber, splitNumbers } from '../../src/kinds/number';
import { compareIntervals } from '../../src/kinds/numeric';
import { ok } from '../helpers';

describe('parseNumber', () => {
  it.each([
    // [text, canonical, lo, hi]
    ['66-year-old', '66', 66, 67], // seed 001: "The 66-year-old actor" — from the 66th birthday to the 67th
    [66, '66', 65.5, 66.5], // seed 002: "The actor, 66" (outside an age attribute)
    ['Father-of-eight', '8', 7.5, 8.5], // seed 001
    ['51-year-old', '51', 51, 52],
    ['22-month-old', '22 month', 22 / 12, 23 / 12], // news: the Terrell toddler
    ['12-year old', '12', 12, 13], // news: Aransas Pass
    ['1,200', '1200', 1199.5, 1200.5],
    ['forty-two', '42', 41.5, 42.5],
    ['1.2 million', '1200000', 1_150_000, 1_250_000],
    ['about 40', '~40', 36, 44],
    ['more than 100', '>100', 100, Number.POSITIVE_INFINITY],
    ['at least 3', '>=3', 3, Number.POSITIVE_INFINITY],
    ['10-12', '10..12', 9.5, 12.5],
    ['between 10 and 12', '10..12', 9.5, 12.5],
    ['nearly 100', '~<100', 90, 100.5],
    ['up to 18', '<=18', 0, 18],
    ['dozens', 'dozens', 24, 199],
    ['742,000', '742000', 741_500, 742_500], // trailing zeros read as rounding
    ['1 200', '1200', 1199.5, 1200.5],
    ['10.00', '10', 9.995, 10.005], // weather visibility
    ['30.1', '30.1', 30.05, 30.15], // weather pressure
    // A sign written as a word: "minus 20" had been read as 20.
    ['minus 20', '-20', -20.5, -19.5],
    ['a low of minus 4', '-4', -4.5, -3.5],
    ['negative 5', '-5', -5.5, -4.5],
    // A spoken fraction after a whole number, to its grain ("two and a half" had been read as 2).
    ['two and a half', '2.5', 2.375, 2.625],
    ['2 and a half', '2.5', 2.375, 2.625],
    ['three and three quarters', '3.75', 3.6875, 3.8125],
    // The fraction of a scale: before it ("two and a half million") or after it ("a million and a half").
    ['two and a half million', '2500000', 2_375_000, 2_625_000],
    ['2½ million', '2500000', 2_375_000, 2_625_000],
    ['a million and a half', '1500000', 1_375_000, 1_625_000],
    // A margin is no sign; "below zero" is.
    ['plus or minus 3', '3', 2.5, 3.5],
    ['30 below zero', '-30', -30.5, -29.5],
    ['20 degrees below zero', '-20', -20.5, -19.5],
    ['5 below', '-5', -5.5, -4.5],
    // Nothing counted: a count of zero, exactly.
    ['No deaths', '0', 0, 0],
    ['No one was hurt', '0', 0, 0],
    ['none', '0', 0, 0],
    ['no-one', '0', 0, 0], // British spelling (cold review, dec 3: it had read as 1)
    ['nobody', '0', 0, 0],
    ['not a single shot', '0', 0, 0],
    // Dozens and scores: counting in dozens rounds to the dozen.
    ['about two dozen', '~24', 18, 30],
    ['two dozen', '24', 18, 30],
    ['at least three dozen', '>=36', 36, Number.POSITIVE_INFINITY],
    ['a couple dozen', '24', 18, 30],
    ['half a dozen', '6', 5.5, 6.5],
    ['three score', '60', 50, 70],
    // Ranges as people say them.
    ['like 40 or 50', '~40..50', 39.5, 50.5],
    ['two or three', '2..3', 1.5, 3.5],
    ['40 or so', '~40', 36, 44],
    ['No. 5', '5', 4.5, 5.5], // a number sign, not "no"
    ['a hundred', '100', 99.5, 100.5],
    ['a thousand people', '1000', 999.5, 1000.5],
    ['a hundred thousand', '100000', 99_999.5, 100_000.5],
    ['a hundred and fifty', '150', 149.5, 150.5],
    ['a thousand five hundred', '1500', 1499.5, 1500.5],
  ] as const)('reads %j as %s', (text, key, lo, hi) => {
    const v = ok(parseNumber(text));
    expect(v.key).toBe(key);
    expect(v.lo).toBeCloseTo(lo, 6);
    expect(v.hi).toBeCloseTo(hi, 6);
  });

  it.each([
    '18 months', '$2 million', 'Casa Chimayo', 'July 12, 2024',
    'one of the victims', // picks someone out, does not count
    'no', // a yes/no answer
    'around 10 p.m.', // Aransas Pass: "when shots were fired" is a time, not ~10 shots
    "4 o'clock",
    '50 km²', '120,000-square-foot', '185 km/h',
    // Outside an attribute that counts, the article counts nothing ("killed by: a drunk driver").
    'a man', 'a drunk driver',
  ])('does not read %j as a plain number', (text) => {
    expect(parseNumber(text).ok).toBe(false);
  });
});

describe('one thing named with the article, in an attribute that counts (role count)', () => {
  const count = (t: string) => parseNumber(t, { publishedAt: undefined, dateOrder: 'auto', role: 'count' });
  it.each([
    'a man', // news: Aceh, "the quake caused a landslide that killed a man"
    'a gunshot wound to the head', // news: Aransas Pass, "Dolan was found dead from a gunshot wound to the head"
    "a man's body",
  ])('reads %j as 1', (text) => {
    expect(ok(count(text)).key).toBe('1');
  });
  it.each([
    // A quantity, a part, a collection, an ordinal, two things, or something else counted in it.
    'a number of people', 'a group of people', 'a third', 'a lot', 'a man and his wife', 'a man, a woman',
    'a 9mm handgun', 'a record', 'a family', 'a large crowd', 'a second victim', 'a double homicide', 'a hat trick',
  ])('does not read %j as 1', (text) => {
    const r = count(text);
    expect(r.ok && r.value.key === '1').toBe(false);
  });
  it('gives attributes that count the role', () => {
    expect(numberKind.roles?.count).toContain('kill');
  });
});

describe('ages', () => {
  const age = (t: string | number) => ok(parseNumber(t, { publishedAt: undefined, dateOrder: 'auto', role: 'age' }));
  it.each([
    ['22-month-old', '1-year-old', 'compatible'],
    ['22-month-old', '2-year-old', 'conflict'],
    ['64-year-old', 65, 'conflict'], // news: "Old Man Bill … a quiet 64-year-old" vs "David Scott, 65"
    ['11-year-old', '12-year old', 'conflict'],
    [66, '66-year-old', 'same'],
    // In an age attribute a number of months, weeks or days alone is an age (held-out: "Son | age | 17 months").
    ['17 months', '17 months old', 'same'],
    ['17 months', '1-year-old', 'compatible'],
    ['17 months', 1, 'compatible'],
    ['17 months', 2, 'conflict'],
    ['17 months', 17, 'conflict'],
    ['17 months', '22-month-old', 'conflict'],
    ['3 years', 3, 'same'],
    // A fraction keeps its exact reading: a child of one and a half is not two (a cold review).
    ['1.5 years', 2, 'conflict'],
    ['2½ years', 3, 'conflict'],
    ['0.5 years', 1, 'conflict'],
  ] as const)('relate %j and %j as %s', (a, b, relation) => {
    const r = compareIntervals(age(a), age(b), undefined);
    expect(r.relation).toBe(relation);
    expect(r.soft === true).toBe(false);
  });

  it('reads a number and a unit of age as an age only in an age attribute', () => {
    expect(parseNumber('17 months').ok).toBe(false);
    expect(parseNumber('17 months', { publishedAt: undefined, dateOrder: 'auto', role: 'age' }).ok).toBe(true);
    // More than the unit is more than an age: left to the quantity kinds.
    expect(parseNumber('17 months ago', { publishedAt: undefined, dateOrder: 'auto', role: 'age' }).ok).toBe(false);
  });

  // A decade is ten years of age, its early, middle or late part a generous half of them (not its first year).
  it.each([
    ['in his 30s', 34, 'compatible'],
    ['in his 30s', 39, 'compatible'],
    ['in his 30s', 40, 'conflict'],
    ['in his 30s', 42, 'conflict'],
    ['in her early 20s', 22, 'compatible'],
    ['late 50s', 58, 'compatible'],
    ['late 50s', 52, 'conflict'],
    ['mid-40s', 44, 'compatible'],
    ['20-something', 26, 'compatible'],
    ["in his 30's", 31, 'compatible'],
    ['in his thirties', 34, 'compatible'],
    ['in her late twenties', 31, 'conflict'],
  ] as const)('relates %j and %j as %s', (a, b, relation) => {
    expect(compareIntervals(age(a), age(b), undefined).relation).toBe(relation);
  });

  it.each([
    ['100-plus', 104, 'compatible'],
    ['100+', 104, 'compatible'],
    ['100-plus', 90, 'conflict'],
    ['half a million', '500,000', 'same'],
    ['half a million', '750,000', 'conflict'],
  ] as const)('counts %j against %j: %s', (a, b, relation) => {
    const n = (t: string | number) => ok(parseNumber(t));
    expect(compareIntervals(n(a), n(b), undefined).relation).toBe(relation);
  });

  it('reads a decade only as a plain number: "30 s" and thirty seconds are no decade, "1990s" no age', () => {
    expect(age('in his 30s').key).toBe('30s');
    expect(age('her mid-40s').key).toBe('mid 40s');
    expect(age('30 s').key).toBe('30');
    expect(age('1990s').key).not.toBe('1990s');
  });
});

describe('scales, spans of years and joined counts (strings from a cold review)', () => {
  const n = (t: string) => parseNumber(t, { publishedAt: undefined, dateOrder: 'auto' });
  const rel = (a: string, b: string) => compareIntervals(ok(n(a)), ok(n(b)), undefined).relation;
  it.each([
    ['1.2m', '1,200,000', 'same'],
    ['300k', '300,000', 'same'],
    ['2bn', '2 billion', 'same'],
    ['1.2-million', '1.2 million', 'same'],
    ['1999', 'the late 1990s', 'compatible'],
    ['1991', 'the 1990s', 'compatible'],
    ['1990s', '1999', 'compatible'],
    ['1985', 'the late 1990s', 'conflict'],
    ['1950', 'the 1900s', 'compatible'], // a decade or a century: read generously
    ['1880', 'the late 1800s', 'compatible'],
    ['1820', 'the late 1800s', 'conflict'],
  ] as const)('relates %j and %j as %s', (a, b, relation) => {
    expect(rel(a, b)).toBe(relation);
    expect(rel(b, a)).toBe(relation);
  });
  it.each(['two men and a woman', '2 adults and a child', 'three dead and two wounded'])('does not read %j as one number', (t) => {
    expect(n(t).ok).toBe(false);
  });
});

describe('compareIntervals', () => {
  const n = (t: string | number) => ok(parseNumber(t));
  it('finds "66-year-old" and 66 the same', () => {
    expect(compareIntervals(n('66-year-old'), n(66), undefined).relation).toBe('same');
  });
  it('finds "10", "10.0" and "10.00" the same', () => {
    expect(compareIntervals(n('10'), n('10.00'), undefined).relation).toBe('same');
  });
  it('finds 30.1 compatible with 30.12 (rounding) and 48 in conflict with 49', () => {
    expect(compareIntervals(n('30.1'), n('30.12'), undefined).relation).toBe('compatible');
    expect(compareIntervals(n('48'), n('49'), undefined).relation).toBe('conflict');
  });
  it('uses an attribute tolerance', () => {
    expect(compareIntervals(n('48'), n('49'), { absolute: 1, relative: 0 }).relation).toBe('compatible');
  });
  it('finds "about 40" compatible with 42 and not with 50', () => {
    expect(compareIntervals(n('about 40'), n(42), undefined).relation).toBe('compatible');
    expect(compareIntervals(n('about 40'), n(50), undefined).relation).toBe('conflict');
  });
});

describe('distance between two amounts (evidence for linking)', () => {
  const cases: [string, string | number, string | number, number][] = [
    // The gap between what the two writings allow, relative to the larger: one written unit apart touches.
    ['ages a year apart', '11-year-old', '12-year old', 0],
    ['husband and wife', 46, 47, 0],
    ['a toddler a year older (news: Terrell, the same girl)', '1-year-old', '2-year-old', 0],
    ['22 months against two years (news: Terrell)', '22-month-old', '2-year-old', 0.033],
    ['three against five', 3, 5, 0.2],
    ['two tolls of one tsunami', '230,000', '170,000', 0.217],
    ['about 40 against 60', 'about 40', 60, 0.258],
    ['the same count', 'four', 4, 0],
    ['a hundredfold', 5, 500, 0.99],
  ];
  for (const [what, a, b, d] of cases) {
    it(`puts ${JSON.stringify(a)} and ${JSON.stringify(b)} ${d} apart (${what})`, () => {
      const ctx = { publishedAt: undefined, dateOrder: 'auto' as const, role: typeof a === 'string' && a.includes('old') ? 'age' : undefined };
      const pa = numberKind.parse(a, ctx);
      const pb = numberKind.parse(b, ctx);
      if (!pa.ok || !pb.ok) throw new Error('unread');
      expect(numberKind.distance!(pa.value, pb.value)).toBeCloseTo(d, 2);
      expect(numberKind.distance!(pb.value, pa.value)).toBe(numberKind.distance!(pa.value, pb.value));
    });
  }
});

describe('a list of numbers written as one value (real strings from news claims)', () => {
  const ctx = { publishedAt: undefined, dateOrder: 'auto' as const };
  const rows: [string, string | undefined, readonly string[] | undefined][] = [
    ['13 and 21', undefined, ['13', '21']],
    ['two 21-year-olds, one 26-year-old, and one 31-year-old', 'age', ['21-year-old', '26-year-old', '31-year-old']],
    ['12, 14; 17', undefined, ['12', '14', '17']],
    // A Title Case writer's "And".
    ['10 And 8', 'age', ['10', '8']],
    // Number words joined by "and" are two numbers, unless after a hundred or a thousand.
    ['ten and eight', 'age', ['ten', 'eight']],
    ['one hundred and five', undefined, undefined],
    // One number, a range or two measures: not a list.
    ['66', undefined, undefined],
    ['between 10 and 12', undefined, undefined],
    ['like 40 or 50', undefined, undefined],
    ['5 killed and 12 injured', undefined, undefined],
    ['2 and a half', undefined, undefined],
    ['Four people', undefined, undefined],
  ];
  for (const [raw, role, members] of rows) {
    it(`reads ${JSON.stringify(raw)} as ${members === undefined ? 'no list' : JSON.stringify(members)}`, () => {
      expect(splitNumbers(raw, { ...ctx, role })).toEqual(members);
    });
  }
});
