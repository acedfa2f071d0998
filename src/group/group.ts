import type { RawGroup } from '../model';
import { compareCodePoints } from '../util/order';

function ascending(list: readonly number[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i - 1]! > list[i]!) return false;
  return true;
}

/**
 * The group stage: one group per linked (subject, attribute), its claims in
 * input order, groups in key order. Later stages sum over groups; a fixed
 * order keeps every float identical whatever the input order.
 */
export function groupClaims(
  cells: readonly { readonly subject: string; readonly attribute: string; readonly claims: number[]; readonly linked?: true }[],
): RawGroup[] {
  const groups: RawGroup[] = new Array(cells.length);
  for (let k = 0; k < cells.length; k++) {
    const cell = cells[k]!;
    // Cells fill in claim order; only linked cells can be out of order.
    if (!ascending(cell.claims)) cell.claims.sort((a, b) => a - b);
    groups[k] = { subjectKey: cell.subject, attributeKey: cell.attribute, claims: cell.claims, linked: cell.linked === true };
  }
  return groups.sort((a, b) => compareCodePoints(a.subjectKey, b.subjectKey) || compareCodePoints(a.attributeKey, b.attributeKey));
}
