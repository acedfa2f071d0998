import type { Inversion } from '../read/inverse';
import type { LinkDecision, LinkEvidence, NormalizedKey, RawGroup } from '../model';
import { compareCodePoints } from '../util/order';

/**
 * The links behind each linked group, as the report shows them: the link
 * decisions whose keys the group's claims carry, with the spellings the
 * claims use. Only groups the link stage joined are looked at.
 */
export function linkEvidence(
  groups: readonly RawGroup[],
  decisions: readonly LinkDecision[],
  subjects: readonly NormalizedKey[],
  attributes: readonly NormalizedKey[],
  subjectText: (i: number) => string,
  attributeText: (i: number) => string,
): Map<number, LinkEvidence[]> {
  const out = new Map<number, LinkEvidence[]>();
  if (decisions.length === 0) return out;
  const bySubject = new Map<string, LinkDecision[]>();
  const byAttribute = new Map<string, LinkDecision[]>();
  for (const d of decisions) {
    const [map, key] = d.side === 'subject' ? [bySubject, d.from.subject] : [byAttribute, d.from.attribute];
    const list = map.get(key);
    if (list === undefined) map.set(key, [d]);
    else list.push(d);
  }
  for (let gi = 0; gi < groups.length; gi++) {
    const g = groups[gi]!;
    if (!g.linked) continue;
    // The keys the group's claims carry, each with its first spelling in code-point order.
    const subjectSpelling = new Map<string, string>();
    const attributeSpelling = new Map<string, string>();
    for (const i of g.claims) {
      const s = subjects[i]!.key;
      const st = subjectText(i);
      const ps = subjectSpelling.get(s);
      if (ps === undefined || compareCodePoints(st, ps) < 0) subjectSpelling.set(s, st);
      const a = attributes[i]!.key;
      const at = attributeText(i);
      const pa = attributeSpelling.get(a);
      if (pa === undefined || compareCodePoints(at, pa) < 0) attributeSpelling.set(a, at);
    }
    const inSubjects = (k: string) => k === g.subjectKey || subjectSpelling.has(k);
    const inAttributes = (k: string) => k === g.attributeKey || attributeSpelling.has(k);
    const seen = new Set<string>();
    const links: LinkEvidence[] = [];
    const add = (d: LinkDecision) => {
      const side = d.side;
      const fromKey = side === 'subject' ? d.from.subject : d.from.attribute;
      const toKey = side === 'subject' ? d.to.subject : d.to.attribute;
      const spelling = side === 'subject' ? subjectSpelling : attributeSpelling;
      const from = d.shown?.from ?? spelling.get(fromKey) ?? fromKey;
      const to = d.shown?.to ?? spelling.get(toKey) ?? toKey;
      const id = `${side}\u0000${from}\u0000${to}`;
      if (seen.has(id)) return;
      seen.add(id);
      links.push({
        side,
        rule: d.rule,
        from,
        to,
        evidence: d.shown?.evidence ?? d.evidence,
        ...(d.shown?.weight === undefined ? {} : { weight: d.shown.weight }),
      });
    };
    for (const s of subjectSpelling.keys()) {
      for (const d of bySubject.get(s) ?? []) {
        if (!inSubjects(d.to.subject)) continue;
        if (d.rule !== 'profile' && !inAttributes(d.from.attribute)) continue;
        add(d);
      }
    }
    for (const a of attributeSpelling.keys()) {
      for (const d of byAttribute.get(a) ?? []) {
        if (!inAttributes(d.to.attribute) || !inSubjects(d.from.subject)) continue;
        add(d);
      }
    }
    if (links.length > 0) {
      links.sort((x, y) => compareCodePoints(x.side, y.side) || compareCodePoints(x.from, y.from) || compareCodePoints(x.to, y.to));
      out.set(gi, links);
    }
  }
  return out;
}

/**
 * The groups that hold claims read from the other side of a relation, with an `inverse` link each: the claim
 * as written and as read. Groups in order; within one, by the claim as written.
 */
export function inversionEvidence(groups: readonly RawGroup[], inversions: readonly Inversion[]): Map<number, LinkEvidence[]> {
  const out = new Map<number, LinkEvidence[]>();
  if (inversions.length === 0) return out;
  const byHandle = new Map<number, Inversion>();
  for (const inv of inversions) byHandle.set(inv.handle, inv);
  const line = (t: readonly [string, string, string]) => `${t[0]} | ${t[1]} | ${t[2]}`;
  for (let gi = 0; gi < groups.length; gi++) {
    const links: LinkEvidence[] = [];
    const seen = new Set<string>();
    for (const i of groups[gi]!.claims) {
      const inv = byHandle.get(i);
      if (inv === undefined) continue;
      const from = line(inv.from);
      if (seen.has(from)) continue;
      seen.add(from);
      links.push({ side: 'subject', rule: 'inverse', from, to: line(inv.to), evidence: `a relation told from the other side: ${inv.from[0]} is the ${inv.to[1]} of ${inv.to[0]}` });
    }
    if (links.length > 0) out.set(gi, links.sort((x, y) => compareCodePoints(x.from, y.from)));
  }
  return out;
}
