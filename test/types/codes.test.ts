import { describe, expect, expectTypeOf, it } from 'vitest';
import { createDefaultRegistry } from '../../src/kinds/builtins';
import type { IssueData } from '../../src/model';
import type { ConsistencyReportSchema, DeepReadonly } from '../../src/report/schema';
import type * as z from 'zod/mini';
import {
  CONFLICT_CODES,
  type ConflictCode,
  type ConsistencyReport,
  checkConsistency,
  createChecker,
  ISSUE_CODES,
  type IssueCode,
  type KindDefinition,
  SAME,
} from '../../src/index';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// `npm run typecheck` compiles this file: the switches below fail to compile when a code is added
// to CONFLICT_CODES or ISSUE_CODES without a case, and the expectTypeOf lines are type assertions.

/** What a user writes: one case per conflict code, and `never` proving none is missing. */
function conflictLabel(code: ConflictCode): string {
  switch (code) {
    case 'date_mismatch':
    case 'time_mismatch':
      return 'when';
    case 'number_mismatch':
    case 'quantity_mismatch':
    case 'duration_mismatch':
    case 'money_mismatch':
      return 'how much';
    case 'place_mismatch':
      return 'where';
    case 'name_mismatch':
      return 'who';
    case 'text_mismatch':
    case 'boolean_mismatch':
      return 'what';
    default: {
      const unreachable: never = code;
      return unreachable;
    }
  }
}

function issueLabel(code: IssueCode): string {
  switch (code) {
    case 'invalid_claim':
    case 'unknown_source':
    case 'unknown_field':
    case 'kind_mismatch':
    case 'missing_value':
      return 'input';
    case 'unparsed_value':
    case 'incomparable_values':
      return 'unread';
    case 'ambiguous_date':
    case 'date_order':
    case 'weekday_mismatch':
      return 'date note';
    case 'similar_subject':
    case 'similar_attribute':
    case 'ambiguous_subject':
    case 'ambiguous_attribute':
      return 'linking';
    default: {
      const unreachable: never = code;
      return unreachable;
    }
  }
}

/** A switch that forgets codes does not compile: the proof that the switches above are checked. */
function incomplete(code: ConflictCode): string {
  switch (code) {
    case 'date_mismatch':
      return 'when';
    default: {
      // @ts-expect-error nine conflict codes have no case, so `code` is not `never` here
      const unreachable: never = code;
      return unreachable;
    }
  }
}

interface Isbn {
  readonly digits: string;
}

/** A user's kind with its codes typed as literals. */
const isbn: KindDefinition<Isbn, 'isbn_mismatch' | 'isbn_checksum'> = {
  kind: 'isbn',
  conflictCode: 'isbn_mismatch',
  conflictSeverity: 'high',
  contextual: false,
  detect: (raw) => (typeof raw === 'string' && /^97[89]\d{10}$/.test(raw) ? 1 : 0),
  parse: (raw) => {
    const digits = String(raw);
    return digits.endsWith('0') ? { ok: true, value: { digits }, notes: [{ code: 'isbn_checksum', severity: 'warning', message: 'ends in 0' }] } : { ok: true, value: { digits } };
  },
  compare: (a, b) => (a.digits === b.digits ? SAME : { relation: 'conflict' }),
  normalize: (v) => v.digits,
  specificity: () => 0,
};

/** The code types of a report (the tests compare types only; the reports below are empty). */
type ConflictCodeOf<R extends ConsistencyReport<string>> = R['conflicts'][number]['code'];
type IssueCodeOf<R extends ConsistencyReport<string>> = R['issues'][number]['code'];

describe('report codes are literal unions', () => {
  it('types conflict and issue codes as the built-in unions without options.kinds', () => {
    const report = checkConsistency([]);
    expectTypeOf(report).toEqualTypeOf<ConsistencyReport>();
    expectTypeOf<ConflictCodeOf<typeof report>>().toEqualTypeOf<ConflictCode>();
    expectTypeOf<IssueCodeOf<typeof report>>().toEqualTypeOf<IssueCode>();
    const withOptions = checkConsistency([], { linking: 'exact', sources: [{ id: 'a' }] });
    expectTypeOf<ConflictCodeOf<typeof withOptions>>().toEqualTypeOf<ConflictCode>();
    const incremental = createChecker().report();
    expectTypeOf<IssueCodeOf<typeof incremental>>().toEqualTypeOf<IssueCode>();
    expect(report.conflicts).toEqual([]);
  });

  it("adds a user's kind's literal codes, and widens to string for an untyped kind", () => {
    const typed = checkConsistency([], { kinds: [isbn] });
    expectTypeOf<ConflictCodeOf<typeof typed>>().toEqualTypeOf<ConflictCode | 'isbn_mismatch' | 'isbn_checksum'>();
    const incremental = createChecker({ kinds: [isbn] }).report();
    expectTypeOf<IssueCodeOf<typeof incremental>>().toEqualTypeOf<IssueCode | 'isbn_mismatch' | 'isbn_checksum'>();
    const untyped: KindDefinition<Isbn> = isbn;
    const wide = checkConsistency([], { kinds: [untyped] });
    expectTypeOf<ConflictCodeOf<typeof wide>>().toEqualTypeOf<string>();
    const options: Parameters<typeof checkConsistency>[1] = {};
    const declared = checkConsistency([], options); // options typed CheckOptions may hold kinds
    expectTypeOf<ConflictCodeOf<typeof declared>>().toEqualTypeOf<string>();
    expect(typed.summary.claims + wide.summary.claims + declared.summary.claims).toBe(0);
  });

  it('still refuses a misspelt option at compile time', () => {
    // @ts-expect-error 'linkng' is not an option (the type parameter does not swallow excess properties)
    expect(() => checkConsistency([], { linking: 'exact', linkng: 'exact' })).toThrow(TypeError);
    // @ts-expect-error the same for createChecker
    expect(() => createChecker({ onInvalid: 'skip', onInvalide: 'skip' })).toThrow(TypeError);
  });

  it('declares the report as its schema infers it, codes aside', () => {
    expectTypeOf<ConsistencyReport<string>>().toEqualTypeOf<DeepReadonly<z.infer<typeof ConsistencyReportSchema>>>();
    expectTypeOf<DeepReadonly<z.infer<typeof ConsistencyReportSchema>>>().toEqualTypeOf<ConsistencyReport<string>>();
  });

  it('lists every issue code the stages can raise', () => {
    type Raised = Exclude<IssueData['code'], 'value_note'>;
    expectTypeOf<Raised>().toExtend<IssueCode>();
    const labels = ISSUE_CODES.map(issueLabel);
    expect(new Set(ISSUE_CODES).size).toBe(ISSUE_CODES.length);
    expect(labels.every((l) => l.length > 0)).toBe(true);
  });

  it('lists the conflict code of every built-in kind, and no other', () => {
    const registry = createDefaultRegistry();
    const codes = registry.names().map((k) => registry.require(k).conflictCode);
    expect([...codes].sort()).toEqual([...CONFLICT_CODES].sort());
    expect(CONFLICT_CODES.map(conflictLabel).every((l) => l.length > 0)).toBe(true);
    expect(incomplete('time_mismatch')).toBe('time_mismatch'); // the default branch returns what it got
  });

  it('gives every code in the golden reports a place in the unions, and a user kind its own', () => {
    const dir = fileURLToPath(new URL('../../examples/news/', import.meta.url));
    const seen = new Set<string>();
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
      const input = JSON.parse(readFileSync(`${dir}${f}`, 'utf8')) as { claims: never[]; sources?: never[] };
      const report = checkConsistency(input.claims, input.sources === undefined ? {} : { sources: input.sources, onInvalid: 'skip' });
      for (const c of report.conflicts) seen.add(c.code);
      for (const i of report.issues) seen.add(i.code);
    }
    const known = new Set<string>([...CONFLICT_CODES, ...ISSUE_CODES]);
    expect([...seen].filter((c) => !known.has(c))).toEqual([]);
    expect(seen.size).toBeGreaterThan(3);
    const mine = checkConsistency(
      [
        { source: 'a', subject: 'book', attribute: 'isbn', value: '9780201616224', kind: 'isbn' },
        { source: 'b', subject: 'book', attribute: 'isbn', value: '9780201616220', kind: 'isbn' },
      ],
      { kinds: [isbn] },
    );
    expect(mine.conflicts.map((c) => c.code)).toEqual(['isbn_mismatch']);
    expect(mine.issues.map((i) => i.code)).toEqual(['isbn_checksum']);
  });
});
