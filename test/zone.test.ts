import { describe, expect, it } from 'vitest';
import { checkConsistency } from '../src/check';

// Each vitest project (vitest.config.ts) runs the suite in one time zone; this proves the zone
// reached the worker, so a suite green in every project is green in every zone.
const OFFSETS: Record<string, { january: number; july: number }> = {
  // getTimezoneOffset() is minutes *behind* UTC: Los Angeles is UTC-8 (PST) and UTC-7 (PDT).
  UTC: { january: 0, july: 0 },
  'America/Los_Angeles': { january: 480, july: 420 },
  'Asia/Kathmandu': { january: -345, july: -345 },
};

const ALIASES: Record<string, string> = { 'Asia/Kathmandu': 'Asia/Katmandu' };

describe('the time zone of this test project', () => {
  const zone = process.env.CROSSCHECK_TEST_ZONE ?? 'UTC';

  it(`is ${zone}, as the process and Date see it`, () => {
    expect(process.env.TZ).toBe(zone);
    // ICU may report a zone by its older canonical name (Asia/Kathmandu as Asia/Katmandu).
    expect([zone, ALIASES[zone]]).toContain(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(new Date(Date.UTC(2024, 0, 15)).getTimezoneOffset()).toBe(OFFSETS[zone]!.january);
    expect(new Date(Date.UTC(2024, 6, 15)).getTimezoneOffset()).toBe(OFFSETS[zone]!.july);
  });
});

// What the library reads must not move with the zone: a Date publishedAt is its UTC calendar
// date, a string keeps the date it was written with, times in a zone compare as instants.
describe('dates and times read the same in every zone', () => {
  const normalized = (claims: Parameters<typeof checkConsistency>[0], sources: Parameters<typeof checkConsistency>[1]) =>
    checkConsistency(claims, sources).groups.map((g) => [g.attribute, g.status, g.positions.map((p) => p.normalized)]);

  it('resolves relative dates against the publication date, wherever the process runs', () => {
    const claims = [
      // Published 23:30 UTC on the 13th: already the 14th in Kathmandu, still the 13th in Los Angeles.
      { source: 'late', subject: 'the fire', attribute: 'date', value: 'yesterday' },
      // Published 00:15 UTC on the 13th: still the 12th in Los Angeles.
      { source: 'early', subject: 'the fire', attribute: 'date', value: 'yesterday' },
      { source: 'offset', subject: 'the fire', attribute: 'date', value: 'yesterday' },
      { source: 'plain', subject: 'the fire', attribute: 'date', value: 'July 12, 2024' },
    ];
    const sources = [
      { id: 'late', publishedAt: new Date('2024-07-13T23:30:00Z') },
      { id: 'early', publishedAt: new Date('2024-07-13T00:15:00Z') },
      { id: 'offset', publishedAt: '2024-07-13T23:00-07:00' },
      { id: 'plain' },
    ];
    expect(normalized(claims, { sources })).toEqual([['date', 'consistent', ['2024-07-12']]]);
  });

  it('compares times given in zones as instants and leaves local times alone', () => {
    const claims = [
      { source: 'a', subject: 'the quake', attribute: 'time', value: '2:09 a.m. PDT' },
      { source: 'b', subject: 'the quake', attribute: 'time', value: '0909 GMT' },
      { source: 'c', subject: 'the quake', attribute: 'time', value: '9:09 a.m. UTC' },
    ];
    const [group] = checkConsistency(claims).groups;
    expect(group?.status).toBe('consistent');
  });
});
