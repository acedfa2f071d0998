import { describe, expect, it } from 'vitest';
import { checkConsistency } from '../../src/check';
import { toJsonSchema } from '../../src/jsonschema';
import { formatReport } from '../../src/report/format';
import { ConsistencyReportSchema } from '../../src/report/schema';
import type { ClaimInput } from '../../src/schema';

const claim = (id: string, source: string, attribute: string, value: ClaimInput['value'], subject = 'the fire'): ClaimInput => ({ id, source, subject, attribute, value });

// A settlement in two currencies (incomparable), an age two sources agree on, and one source's own claim.
const claims: ClaimInput[] = [
  claim('a1', 'A', 'settlement', '$500'),
  claim('b1', 'B', 'settlement', '€500'),
  claim('a2', 'A', 'age', 66, 'the owner'),
  claim('b2', 'B', 'age', '66-year-old', 'the owner'),
  claim('c1', 'C', 'cause', 'a space heater', 'the blaze'),
];
const report = checkConsistency(claims);
const settlement = report.groups.find((g) => g.attribute === 'settlement')!;

describe('a group whose values could not all be related', () => {
  it('is unverified, not consistent, and counted as such', () => {
    expect(settlement.status).toBe('unverified');
    expect(report.summary).toMatchObject({ groups: 3, conflicts: 0, unverified: 1, consistent: 1, single: 1 });
    // Conflicts first, then unverified, consistent and single-source groups.
    expect(report.groups.map((g) => g.status)).toEqual(['unverified', 'consistent', 'single']);
  });

  it('counts as neither agreement nor contradiction for its sources', () => {
    const a = report.sources.find((s) => s.id === 'A')!;
    expect(a).toMatchObject({ groups: 2, agreements: 1, contradictions: 0 });
  });

  it('is in the report schema and its JSON Schema', () => {
    expect(ConsistencyReportSchema.safeParse(JSON.parse(JSON.stringify(report))).success).toBe(true);
    expect(JSON.stringify(toJsonSchema('report'))).toContain('"unverified"');
  });

  it('is shown with ? in text, and in its own section in Markdown and HTML, with why', () => {
    const text = formatReport(report, 'text');
    expect(text).toContain('0 conflicts, 1 unverified, 1 consistent, 1 single-source');
    expect(text).toMatch(/UNVERIFIED\n {2}\? settlement — the fire: /);
    expect(text).toContain('different currencies');
    expect(text).not.toMatch(/✔ settlement/);
    const markdown = formatReport(report, 'markdown');
    expect(markdown).toContain('## Unverified');
    expect(markdown).toMatch(/\| the fire \| settlement \| \*\*(?:\$|€)500\*\* — [AB]<br>\*\*(?:\$|€)500\*\* — [AB] \| In the settlement of the fire, .*different currencies/);
    const agreements = markdown.slice(markdown.indexOf('## Agreements'));
    expect(agreements.slice(0, agreements.indexOf('\n## ', 5))).not.toContain('settlement');
    const html = formatReport(report, 'html');
    expect(html).toContain('<section id="unverified">');
    expect(html).toContain('<h2>Unverified (1)</h2>');
    expect(html).toContain('<div class="stat unverified"><b>1</b><span>unverified</span></div>');
  });

  it('stays a conflict when another pair conflicts', () => {
    const r = checkConsistency([...claims, claim('c2', 'C', 'settlement', '$900')]);
    expect(r.groups.find((g) => g.attribute === 'settlement')!.status).toBe('conflict');
  });

  it('stays single when one source asserts every value', () => {
    const r = checkConsistency([claim('a1', 'A', 'settlement', '$500'), claim('a2', 'A', 'settlement', '€500')]);
    expect(r.groups[0]!.status).toBe('single');
  });
});
