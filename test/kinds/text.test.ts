import { describe, expect, it } from 'vitest';
import { compareTexts, parseText } from '../../src/kinds/text';
import { ok } from '../helpers';

const t = (s: string) => ok(parseText(s));

describe('compareTexts', () => {
  it.each([
    ['blue blazer', 'navy blue blazer', 'compatible'],
    ['manslaughter', 'involuntary manslaughter', 'compatible'],
    ['involuntary manslaughter charges', 'involuntary manslaughter', 'compatible'],
    ['a blue blazer', 'Blue  Blazer', 'same'],
    ['guilty', 'not guilty', 'conflict'],
    ['denied', 'granted', 'conflict'],
  ] as const)('relates %j and %j as %s', (a, b, relation) => {
    expect(compareTexts(t(a), t(b)).relation).toBe(relation);
    expect(compareTexts(t(b), t(a)).relation).toBe(relation);
  });
});
