import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadFlights } from '../../bench/data';
import { parseTime } from '../../src/kinds/time';
import { published } from '../helpers';

// Every value the 38 flight sites wrote: test/fixtures/flights-raha/flights_dirty.csv, a copy of the
// shared flights-raha dataset kept in the repository (its README names the source and licence).
const fixture = fileURLToPath(new URL('../fixtures/flights-raha/', import.meta.url));

describe('every time in the flights data', () => {
  const { claims } = loadFlights(fixture);
  const values = [...new Set(claims.map((c) => String(c.value)))];

  it('is read as a time, unless it states no time at all ("Not Available", "Contact Airline")', () => {
    const unread = values.filter((v) => !parseTime(v, published()).ok);
    expect(unread.every((v) => !/\d:\d\d/.test(v))).toBe(true);
    expect(unread.sort()).toEqual(['Contact Airline', 'Dec 02 Contact Airline', 'Dec 02 Not Available', 'Not Available']);
  });

  it('reads the same minute however it is written', () => {
    const minute = (v: string) => {
      const r = parseTime(v, published());
      return r.ok ? r.value.minutes : undefined;
    };
    expect(new Set(['7:10 a.m.', '7:10aDec 1', '7:10 a.m. (Estimated runway)', '7:10 a.m.Dec 01'].map(minute))).toEqual(new Set([430]));
    expect(values.length).toBeGreaterThan(500); // distinct strings: the test covers every one of them
  });
});
