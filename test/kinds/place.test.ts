import { describe, expect, it } from 'vitest';
import { comparePlaces, parsePlace } from '../../src/kinds/place';
import { ok } from '../helpers';

const p = (t: string) => ok(parsePlace(t));

describe('parsePlace', () => {
  it.each([
    ['Casa Chimayo restaurant in Santa Fe', 'casa chimayo, santa fe'],
    ['the bar in the El Dorado Hotel in Santa Fe', 'el dorado, santa fe'],
    ['Santa Fe, New Mexico', 'santa fe, new mexico'],
    ['Santa Fe, N.M.', 'santa fe, new mexico'],
    ['the local Mexican spot Casa Chimayo', 'casa chimayo'],
  ])('reads %j as %s', (text, key) => {
    expect(p(text).key).toBe(key);
  });
});

describe('comparePlaces', () => {
  it.each([
    ['Casa Chimayo restaurant in Santa Fe', 'the bar in the El Dorado Hotel in Santa Fe', 'conflict'],
    ['Casa Chimayo', 'El Dorado Hotel', 'conflict'],
    ['Santa Fe', 'Santa Fe, New Mexico', 'compatible'],
    ['Casa Chimayo', 'Casa Chimayo restaurant in Santa Fe', 'compatible'],
    ['Santa Fe, New Mexico', 'Santa Fe County District Court', 'compatible'],
    ['Terrell, Texas', 'Dallas, Texas', 'conflict'],
    ['Santa Fe', 'New Mexico', 'compatible'],
  ] as const)('relates %j and %j as %s', (a, b, relation) => {
    expect(comparePlaces(p(a), p(b)).relation).toBe(relation);
    expect(comparePlaces(p(b), p(a)).relation).toBe(relation);
  });
});
