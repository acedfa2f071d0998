import { describe, expect, it } from 'vitest';
import { compareTimes, parseTime, timeKind } from '../../src/kinds/time';
import { ok, published } from '../helpers';

// Every time format in the flights-raha data (test/fixtures/flights-raha) that DESIGN names.
describe('parseTime', () => {
  it.each([
    ['7:10 a.m.', '07:10'],
    ['7:45 p.m.', '19:45'],
    ['Thu  20:00', '(thu)20:00'],
    ['7:10aDec 1', '--12-01T07:10'],
    ['12:21 a.m. Dec 02', '--12-02T00:21'],
    ['6:47 p.m. (Estimated runway)', '18:47'],
    ['2:45P 12-01-11', '14:45'],
    ['12:00noon', '12:00'],
    ['11/30 8:00 p.m.', '--11-30T20:00'],
    ['12:21 a.m.  Fri 02-Dec-2011', '2011-12-02T00:21'],
    ['10:39 p.m.&nbsp(Estimated)', '22:39'],
    ['1:32 p.m.            Delayed', '13:32'],
    ['noon', '12:00'],
    // A time told in words (had been read as the number 8, or "ten thirty p.m." as 40).
    ['quarter past eight', '08:15/20:15'],
    ['half past nine', '09:30/21:30'],
    ['quarter to ten p.m.', '21:45'],
    ['twenty past three p.m.', '15:20'],
    ['10 minutes after six', '06:10/18:10'],
    ['eight p.m.', '20h'],
    ["eight o'clock", '08h'],
    ['ten thirty p.m.', '22:30'],
    ['ten oh five p.m.', '22:05'],
    ['seven forty-five', '07:45/19:45'],
    // A bare hour that a part of the day places (not a day of a month: "June 7 in the evening").
    ['7 in the evening', '19h'],
    ['seven in the evening', '19h'],
    ['9 at night', '21h'],
    ['6 in the morning', '06h'],
    ['12 at night', '00h'], // midnight, not noon
    ['7 p.m.', '19h'],
  ])('reads %j as %s', (text, key) => {
    expect(ok(parseTime(text, published())).key).toBe(key);
  });

  it.each(['Not Available', 'Contact Airline', 'Casa Chimayo', 'five to six people', 'ten twenty people', 'one of the victims', '7 to 2', '3 of 4', 'June 7 in the evening', 'Dec. 12 at night', '7 June in the evening', '2 hours in the evening'])('does not read %j as a time', (text) => {
    expect(parseTime(text, published()).ok).toBe(false);
  });
});

describe('compareTimes', () => {
  const t = (s: string) => ok(parseTime(s, published()));
  const undated = { publishedAt: undefined, dateOrder: 'auto' } as const;
  it.each([
    ['7:10 a.m.', '7:10aDec 1', 'compatible'],
    ['7:10 a.m.', '7:16 a.m.', 'conflict'],
    ['6:47 p.m. (Estimated runway)', '6:47 p.m.', 'same'],
    ['7 p.m.', '7:10 p.m.', 'compatible'],
    ['11:55 p.m. Dec 01', '11:55 p.m. Dec 02', 'conflict'],
  ] as const)('relates %j and %j as %s', (a, b, relation) => {
    expect(compareTimes(t(a), t(b)).relation).toBe(relation);
    expect(compareTimes(t(b), t(a)).relation).toBe(relation);
  });

  // A cold review: "Friday at 10:30 p.m." and "Saturday at 10:30 p.m." had one key, so one position that held
  // both sources (agreement); the weekday a date does not fix is now part of the key.
  it.each([
    ['Friday at 10:30 p.m.', '(fri)22:30'],
    ['10:30 p.m. Saturday', '(sat)22:30'],
    ['Friday, July 12 at 10:30 p.m.', '--07-12(fri)T22:30'],
    ['10:30 p.m.', '22:30'],
  ])('keys %j as %s (no publication date)', (text, key) => {
    expect(ok(parseTime(text, undated)).key).toBe(key);
  });
  it('sets two weekdays at one clock time apart', () => {
    const u = (s: string) => ok(parseTime(s, undated));
    expect(compareTimes(u('Friday at 10:30 p.m.'), u('Saturday at 10:30 p.m.')).relation).toBe('conflict');
    expect(compareTimes(u('Friday, July 12 at 10:30 p.m.'), u('Saturday, July 12 at 10:30 p.m.')).relation).toBe('conflict');
    expect(compareTimes(u('Friday at 10:30 p.m.'), u('10:30 p.m.')).relation).toBe('compatible');
  });
});

// Approximate and bounded times from the news clusters (the shared news clusters beside the repository).
describe('approximate times', () => {
  const ctx = published('2016-06-29');
  const t = (s: string) => ok(parseTime(s, ctx));
  it.each([
    ['about 2:20 p.m.', '~14:20'],
    ['around 3 p.m.', '~15h'],
    ['after 10 p.m. Tuesday', '(tue)>22h'],
    ['just before 2 a.m.', '<~02h'],
    ['last night around 10:30', '2016-06-28T~22:30'],
  ])('reads %j as %s', (text, key) => {
    expect(t(text).key).toBe(key);
  });

  it.each([
    // "about" reaches as far as the time is round: half its grain (a half-hour mark ±14 minutes, a ten-minute mark ±5).
    ['about 2:20 p.m.', 'around 2:40 p.m.', 'conflict', true], // two approximate times 20 minutes apart: two times, softly
    ['around 3:30 a.m.', 'around 3:50 a.m.', 'conflict', true],
    ['around 3:30 a.m.', '3:50 AM', 'conflict', false],
    ['around 1:15 a.m. Wednesday', '1:30 a.m.', 'conflict', false], // a quarter-hour mark reaches ±7
    ['around 3:50 a.m.', '3:53 a.m.', 'compatible', false],
    // "almost" and "nearly" reach back as far as "just before" (held-out batch 29: "almost noon" / "about 11:40 a.m.").
    ['almost noon', '11:40 a.m.', 'compatible', false],
    ['nearly 3 p.m.', '2:45 p.m.', 'compatible', false],
    ['almost noon', '11:30 a.m.', 'conflict', false],
    ['almost noon', '12:10 p.m.', 'conflict', false],
    ['nearly 8:02 p.m.', '7:43 p.m.', 'conflict', false], // a time to the minute: "nearly" reaches as "about" does
    ['about 7:05 p.m.', '7:08 p.m.', 'compatible', false], // at least ±5 minutes, however fine the time
    ['about 7:05 p.m.', '7:10 p.m.', 'compatible', false],
    ['approximately 3:07 a.m.', '3:11 a.m.', 'compatible', false],
    ['about 2:20 p.m.', '2:27 p.m.', 'conflict', true], // only the widest "about" would cover it: softly
    ['around 11:55 p.m.', 'midnight', 'compatible', false],
    ['around 11:55 p.m.', '12:01 a.m.', 'conflict', true],
    ['around 3:30 a.m.', '3:42 a.m.', 'compatible', false],
    ['about 2:20 p.m.', 'around 3 p.m.', 'conflict', true], // Coney Island: CBS vs Daily News, 10 minutes apart at best
    ['about 1 p.m.', 'around 3 p.m.', 'conflict', false], // an hour between the intervals: a plain conflict
    ['about 2:20 p.m.', '3 p.m.', 'conflict', false], // one exact time: a plain conflict
    ['last night around 10:30', 'after 10 p.m. Tuesday', 'compatible', false], // Aransas Pass
    ['just before 2 a.m.', 'around 2 a.m.', 'compatible', false], // Chicago
    ['2:20 p.m.', '2:40 p.m.', 'conflict', false], // exact times still differ
    // "about" a clock time reaches less than a quarter hour either side, and about an hour is about its mark.
    ['around 10 p.m. Tuesday', 'last night around 10:30', 'conflict', true], // Aransas Pass: two roundings 30 minutes apart
    ['around 10 p.m.', '10:30 p.m.', 'conflict', false],
    ['around 4 a.m. Sunday', '4:35 a.m.', 'conflict', false], // Coney Island: the earlier shooting
    ['around 4 a.m. Sunday', 'around 4:35 a.m.', 'conflict', true],
    ['around 4:30 a.m.', 'around 4:35 a.m.', 'compatible', false], // Coney Island: a witness and the police
    ['around 4 a.m.', '4:10 a.m.', 'compatible', false],
    ['around 4 a.m.', '3:50 a.m.', 'compatible', false],
    ['4 a.m.', '4:35 a.m.', 'compatible', false], // "4 a.m." alone names the hour
  ] as const)('relates %j and %j as %s (soft: %s)', (a, b, relation, soft) => {
    for (const c of [compareTimes(t(a), t(b)), compareTimes(t(b), t(a))]) {
      expect(c.relation).toBe(relation);
      expect(c.soft === true).toBe(soft);
    }
  });
});

// Time zones as the earthquake clusters write them (the shared news clusters beside the repository).
describe('a part of the day alone', () => {
  // "arrest_time_of_day: morning" against "Arrest Time: Around 10 P.M. Monday" (held-out Charleston 2016), "afternoon"
  // against "7:37 AM local time" (development Aceh 2013): read as the stretch of the day each names, generously.
  it.each([
    ['morning', 'morning'],
    ['in the morning', 'morning'],
    ['the afternoon', 'afternoon'],
    ['evening', 'evening'],
    ['evening hours', 'evening'],
    ['early morning', 'early-morning'],
    ['late at night', 'late-night'],
    ['late in the evening', 'late-evening'],
    ['overnight', 'overnight'],
  ])('reads %j as the part of the day %s', (text, key) => {
    expect(ok(parseTime(text, published())).key).toBe(key);
  });

  // With a weekday beside it, a part of the day stays a date's (read as a time it would take a date attribute's values
  // from the date kind, and a night's small hours carry the next day's name: a cold review of a first form).
  it.each(['Sunday morning', 'Saturday night', 'early Sunday', 'late Saturday', 'last night', 'this morning', 'morning rush', 'early', 'a late night out', 'mid-morning meeting'])('reads %j as no time of day (a day or other words beside it)', (text) => {
    expect(parseTime(text, published()).ok).toBe(false);
  });

  const t = (s: string) => ok(parseTime(s, published()));
  it.each([
    ['morning', 'around 10 p.m.', 'conflict'],
    ['morning', '7:37 a.m.', 'compatible'],
    ['afternoon', '7:37 a.m.', 'conflict'],
    ['evening', '9:30 p.m.', 'compatible'],
    ['night', '2 a.m.', 'compatible'],
    ['night', '11:50 p.m.', 'compatible'],
    ['late at night', '1:15 a.m.', 'compatible'],
    ['early morning', '3 a.m.', 'compatible'],
    ['early morning', '11:30 a.m.', 'conflict'],
    ['evening', 'night', 'compatible'],
    ['in the morning', 'morning', 'same'],
    // The morning starts at midnight: "2 in the morning", "shot at 2:30 Sunday morning" (a cold review).
    ['in the morning', '2 in the morning', 'compatible'],
    ['morning', '2:30 a.m.', 'compatible'],
    // Two weekdays are one day unless the times meet only across midnight, where the later is the next day.
    ['11:50 p.m. Saturday', 'about midnight Sunday', 'compatible'],
    ['11:50 p.m. Saturday', 'about midnight Monday', 'conflict'],
    ['Thu 6:55', 'Fri 6:55', 'conflict'],
  ] as const)('holds %j against %j: %s', (a, b, relation) => {
    expect(compareTimes(t(a), t(b)).relation).toBe(relation);
    expect(compareTimes(t(b), t(a)).relation).toBe(relation);
  });
});

describe('times in a zone', () => {
  const ctx = published('2013-07-02');
  const t = (s: string) => ok(parseTime(s, ctx));
  it.each([
    ['0737 GMT', '07:37Z'], // Aceh, AFP: four digits with a zone are a time
    ['at 0737 GMT', '07:37Z'],
    ['7:37 AM local time', '07:37'], // Aceh, GlobalPost: local time has no zone
    ['2:09 a.m. PDT', '02:09-07:00'],
    ['14:37 WIB', '14:37+07:00'],
    ['1437 hrs', '14:37'],
    ['10:00 UTC+7', '10:00/22:00+07:00'],
    ['7:37 a.m. (0037 GMT)', '07:37'], // the time in brackets is the same time told another way
    // US zones that leave standard or daylight time open: the standard offset, and daylight's an hour more.
    ['8 p.m. ET', '20h-05:00/-04:00'],
    ['9 p.m. Eastern', '21h-05:00/-04:00'],
    ['noon Pacific time', '12:00-08:00/-07:00'],
    ['10:30 p.m. CT', '22:30-06:00/-05:00'],
    ['9 p.m. Pacific Daylight Time', '21h-07:00'],
    ['9 a.m. Mountain Standard Time', '09h-07:00'],
    ['midnight GMT', '00:00Z'],
  ])('reads %j as %s', (text, key) => {
    expect(t(text).key).toBe(key);
  });

  it.each(['2013', '0737', '1999 GMT war', '9 on Eastern Avenue'])('does not read %j as a time', (text) => {
    expect(parseTime(text, ctx).ok).toBe(false);
  });

  it.each([
    ['0737 GMT', '14:37 WIB', 'compatible'], // one instant in two zones
    ['0737 GMT', '15:37 WIB', 'conflict'],
    ['2:09 a.m. PDT', '09:09 GMT', 'compatible'],
    ['0737 GMT', '7:37 AM local time', 'incomparable'], // Aceh: GlobalPost's "local time" cannot be held against GMT without the zone
    ['2:09 a.m. PDT', '2:09 a.m.', 'incomparable'],
    // "ET" had gone unread: "8 p.m. ET" and "8 p.m. PT" were two texts that agreed.
    ['8 p.m. ET', '8 p.m. PT', 'conflict'],
    ['10 p.m. ET', '7 p.m. PT', 'compatible'], // two US zones keep one of standard or daylight time
    ['8 p.m. ET', '9 p.m. ET', 'conflict'],
    ['8:30 p.m. Pacific', '10:30 p.m. Eastern', 'conflict'],
    ['9 p.m. ET', '9 p.m. EDT', 'compatible'],
    ['9 p.m. ET', '9 p.m. EST', 'compatible'],
    ['9 p.m. ET', '9 p.m. CDT', 'conflict'], // in daylight time, ET is EDT: 9 p.m. ET is 8 p.m. CDT
    ['9 p.m. ET', '8 p.m. CDT', 'compatible'],
    ['8 p.m. ET', '1 a.m. GMT', 'compatible'], // EST
    ['8 p.m. ET', 'midnight GMT', 'compatible'], // EDT
    ['8 p.m. ET', '2 a.m. GMT', 'conflict'],
    ['8 p.m. ET', '8 p.m.', 'incomparable'],
    // BST is British Summer Time in English news.
    ['10 a.m. BST', '9 a.m. GMT', 'compatible'],
    ['1 a.m. BST', '1 a.m. GMT', 'conflict'],
    ['0900 BST', '8:00 GMT', 'compatible'],
  ] as const)('relates %j and %j as %s', (a, b, relation) => {
    expect(compareTimes(t(a), t(b)).relation).toBe(relation);
    expect(compareTimes(t(b), t(a)).relation).toBe(relation);
  });
});

describe('distance between two times of day (evidence for linking)', () => {
  const cases: [string, string, number][] = [
    ['around 4 a.m. Sunday', 'around 4:35 a.m.', 35 / 720],
    ['11:50 p.m.', '12:10 a.m.', 20 / 720],
    ['around 3 p.m.', 'around 4:35 a.m.', 625 / 720],
  ];
  for (const [a, b, d] of cases) {
    it(`puts "${a}" and "${b}" ${(d * 720).toFixed(0)} minutes of a half day apart`, () => {
      const ctx = { publishedAt: undefined, dateOrder: 'auto' as const };
      const pa = timeKind.parse(a, ctx);
      const pb = timeKind.parse(b, ctx);
      if (!pa.ok || !pb.ok) throw new Error('unread');
      expect(timeKind.distance!(pa.value, pb.value)).toBeCloseTo(d, 5);
    });
  }
});

describe('twelve o\'clock and midday', () => {
  const t = (raw: string) => ok(parseTime(raw, published()));
  it.each([
    // A bare "12:30" is half past noon or half past midnight, as a bare "1:30" is one or the other.
    ['12:30', '12:30 a.m.', 'compatible'],
    ['12:30', '12:30 p.m.', 'compatible'],
    ['about 12:40', '12:40 a.m.', 'compatible'],
    ['12:30', '1:30 a.m.', 'conflict'],
    // A zone marks a 24-hour clock.
    ['12:30 GMT', '00:30 GMT', 'conflict'],
    // "midday" is the middle of the day, eleven to one; a time well away from it is another.
    ['midday', '12:30 p.m.', 'compatible'],
    ['around midday', '11:45 a.m.', 'compatible'],
    ['midday', '3 p.m.', 'conflict'],
  ] as const)('relates %j and %j as %s', (a, b, relation) => {
    expect(compareTimes(t(a), t(b)).relation).toBe(relation);
    expect(compareTimes(t(b), t(a)).relation).toBe(relation);
  });

  it('keeps a bare 12:30 open in its key, and "12:30 at night" after midnight', () => {
    expect(t('12:30').key).toBe('00:30/12:30');
    expect(t('12:30 at night').minutes).toBe(30);
  });
});
