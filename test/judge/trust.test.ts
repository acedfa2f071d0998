import { describe, expect, it } from 'vitest';
import { checkConsistency } from '../../src/check';
import type { ClaimInput } from '../../src/schema';

/**
 * A synthetic world. Items 0–59: an accurate source, three independent
 * mediocre ones that each err on a sixth of the items, and three copies of a
 * poor source that repeat its errors on every even item. Items 60–79: only the
 * accurate source and one copy speak, and they disagree.
 */
function world(): ClaimInput[] {
  const claims: ClaimInput[] = [];
  const say = (source: string, i: number, value: number) => claims.push({ id: `${source}-${i}`, source, subject: `item ${i}`, attribute: 'count', value });
  for (let i = 0; i < 60; i++) {
    const truth = 100 + i;
    say('accurate', i, truth);
    say('mediocre1', i, i % 6 === 1 ? truth + 50 : truth);
    say('mediocre2', i, i % 6 === 3 ? truth + 60 : truth);
    say('mediocre3', i, i % 6 === 5 ? truth + 70 : truth);
    for (const c of ['copy1', 'copy2', 'copy3']) say(c, i, i % 2 === 0 ? truth + 7 : truth);
  }
  for (let i = 60; i < 80; i++) {
    say('accurate', i, 100 + i);
    say('copy1', i, 107 + i);
  }
  return claims;
}
const truthOf = (subject: string) => String(100 + Number(subject.split(' ')[1]));

describe('consensus by estimated source accuracy', () => {
  const report = checkConsistency(world());
  const source = (id: string) => report.sources.find((s) => s.id === id)!;

  it('finds the copies that repeat one origin’s errors, and no others', () => {
    expect(['copy1', 'copy2', 'copy3'].map((id) => source(id).origin)).toEqual(['copy1', 'copy1', 'copy1']);
    expect(['accurate', 'mediocre1', 'mediocre2', 'mediocre3'].map((id) => source(id).origin)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('ranks sources by how often they are right', () => {
    expect(source('accurate').accuracy!).toBeGreaterThan(source('mediocre1').accuracy!);
    expect(source('mediocre1').accuracy!).toBeGreaterThan(source('copy1').accuracy!);
  });

  it('gets every item right, including the ones where two sources disagree alone', () => {
    expect(report.groups.filter((g) => g.consensus?.normalized !== truthOf(g.subject)).map((g) => g.subject)).toEqual([]);
  });

  it("counts heads with consensus: 'vote', leaving the one-against-one items disputed", () => {
    const vote = checkConsistency(world(), { consensus: 'vote' });
    const undecided = vote.groups.filter((g) => g.consensus?.normalized !== truthOf(g.subject));
    expect(undecided).toHaveLength(20);
    expect(undecided.every((g) => g.consensus === null && g.contenders!.length === 2)).toBe(true);
    expect(vote.sources.every((s) => s.accuracy === undefined)).toBe(true);
  });
});

describe('a one-against-one conflict', () => {
  it('stays disputed when neither source was judged on any other contested item', () => {
    const report = checkConsistency([
      { source: 'a', subject: 'bridge', attribute: 'length', value: 120 },
      { source: 'b', subject: 'bridge', attribute: 'length', value: 150 },
      // Both agree elsewhere: agreement is no test of accuracy.
      { source: 'a', subject: 'tower', attribute: 'height', value: 40 },
      { source: 'b', subject: 'tower', attribute: 'height', value: 40 },
    ]);
    const bridge = report.groups.find((g) => g.subject === 'bridge')!;
    expect(bridge.consensus).toBeNull();
    expect(bridge.contenders).toHaveLength(2);
  });

  it('is settled when a third source has shown which of the two is right elsewhere', () => {
    const claims: ClaimInput[] = [
      { source: 'a', subject: 'bridge', attribute: 'length', value: 120 },
      { source: 'b', subject: 'bridge', attribute: 'length', value: 150 },
    ];
    for (let i = 0; i < 5; i++) {
      claims.push({ source: 'a', subject: `tower ${i}`, attribute: 'height', value: 40 + i });
      claims.push({ source: 'b', subject: `tower ${i}`, attribute: 'height', value: 60 + i });
      claims.push({ source: 'c', subject: `tower ${i}`, attribute: 'height', value: 40 + i });
    }
    const bridge = checkConsistency(claims).groups.find((g) => g.subject === 'bridge')!;
    expect(bridge.consensus?.normalized).toBe('120');
    expect(bridge.consensus!.confidence).toBeGreaterThan(0.5);
    expect(bridge.consensus!.confidence).toBeLessThan(1);
  });
});

/**
 * Sources of one category start from the accuracy their category shows. Items 0–39: two established sources and
 * a one-off registered editor give the truth, a one-off anonymous editor another value. The last item: two new
 * anonymous one-off editors against one new registered one-off editor.
 */
describe('source categories', () => {
  const claims: ClaimInput[] = [];
  const categories = new Map<string, string>();
  const say = (source: string, category: string, subject: string, value: number) => {
    claims.push({ source, subject, attribute: 'population', value });
    categories.set(source, category);
  };
  for (let i = 0; i < 40; i++) {
    say('established1', 'registered', `town ${i}`, 1000 + i);
    say('established2', 'registered', `town ${i}`, 1000 + i);
    say(`editor${i}`, 'registered', `town ${i}`, 1000 + i);
    say(`ip${i}`, 'anonymous', `town ${i}`, 5000 + i);
  }
  say('ip-new1', 'anonymous', 'new town', 777);
  say('ip-new2', 'anonymous', 'new town', 777);
  say('editor-new', 'registered', 'new town', 555);
  const sources = [...categories].map(([id, category]) => ({ id, category }));
  const newTown = (report: ReturnType<typeof checkConsistency>) => report.groups.find((g) => g.subject === 'new town')!;

  it('lets two one-off sources of a habitually wrong category lose to one of a reliable category', () => {
    expect(newTown(checkConsistency(claims)).consensus?.normalized).toBe('777');
    const report = checkConsistency(claims, { sources });
    expect(newTown(report).consensus?.normalized).toBe('555');
    const accuracy = (id: string) => report.sources.find((s) => s.id === id)!.accuracy!;
    expect(accuracy('ip-new1')).toBeLessThan(0.3);
    expect(accuracy('editor-new')).toBeGreaterThan(0.7);
  });

  it('settles one against one when the two are of categories the data has judged', () => {
    const duel: ClaimInput[] = [...claims, { source: 'ip-duel', subject: 'duel town', attribute: 'population', value: 90 }, { source: 'editor-duel', subject: 'duel town', attribute: 'population', value: 80 }];
    const duelSources = [...sources, { id: 'ip-duel', category: 'anonymous' }, { id: 'editor-duel', category: 'registered' }];
    const duelTown = (report: ReturnType<typeof checkConsistency>) => report.groups.find((g) => g.subject === 'duel town')!;
    expect(duelTown(checkConsistency(duel)).consensus).toBeNull();
    expect(duelTown(checkConsistency(duel, { sources: duelSources })).consensus?.normalized).toBe('80');
    // Of one category, the two are still told apart by nothing.
    const same = duelSources.map((s) => (s.id === 'ip-duel' ? { ...s, category: 'registered' } : s));
    expect(duelTown(checkConsistency(duel, { sources: same })).consensus).toBeNull();
  });

  it('leaves one against one disputed when a side’s class was never judged (its prior is no evidence)', () => {
    const duel = (a: string, b: string, extra: ClaimInput[] = []): ClaimInput[] => [
      ...claims,
      ...extra,
      { source: a, subject: 'duel town', attribute: 'population', value: 90 },
      { source: b, subject: 'duel town', attribute: 'population', value: 80 },
    ];
    const duelTown = (report: ReturnType<typeof checkConsistency>) => report.groups.find((g) => g.subject === 'duel town')!;
    // A category nobody was judged in.
    const wire = [...sources, { id: 'wire-new', category: 'wire' }, { id: 'ip-duel', category: 'anonymous' }];
    expect(duelTown(checkConsistency(duel('wire-new', 'ip-duel'), { sources: wire })).consensus).toBeNull();
    // A label on one source alone, the rest uncategorized.
    expect(duelTown(checkConsistency(duel('a-new', 'b-new'), { sources: [{ id: 'a-new', category: 'wire' }] })).consensus).toBeNull();
    // A judged category, but an activity class of it nobody was judged in: four agreeing claims, none contested.
    const quiet = [0, 1, 2, 3].flatMap((k): ClaimInput[] => [
      { source: 'editor-quiet', subject: `quiet town ${k}`, attribute: 'population', value: 10 + k },
      { source: 'established1', subject: `quiet town ${k}`, attribute: 'population', value: 10 + k },
    ]);
    const quietSources = [...sources, { id: 'editor-quiet', category: 'registered' }, { id: 'ip-duel', category: 'anonymous' }];
    expect(duelTown(checkConsistency(duel('ip-duel', 'editor-quiet', quiet), { sources: quietSources })).consensus).toBeNull();
  });

  it('echoes each source’s category in the report', () => {
    const report = checkConsistency(claims, { sources });
    expect(report.sources.find((s) => s.id === 'ip0')!.category).toBe('anonymous');
    expect(checkConsistency(claims).sources.find((s) => s.id === 'ip0')!.category).toBeUndefined();
  });

  it('gives the same report whatever the categories are called', () => {
    const renamed = sources.map((s) => ({ id: s.id, category: s.category === 'anonymous' ? 'zz' : 'aa' }));
    const strip = (r: ReturnType<typeof checkConsistency>) => JSON.stringify({ ...r, sources: r.sources.map(({ category: _, ...rest }) => rest) });
    expect(strip(checkConsistency(claims, { sources: renamed }))).toBe(strip(checkConsistency(claims, { sources })));
  });

  it('refuses a blank category, naming the source and the field', () => {
    expect(() => checkConsistency(claims, { sources: [{ id: 'ip0', category: ' ' }] })).toThrow(/sources.*0.*category/);
  });
});
