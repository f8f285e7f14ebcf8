import { insightString } from '../../../i18n/insight-strings.js';
import type { OpportunityStatus } from '../../../model/types.js';
import type { CellContext } from './shared.js';

const STATUSES = new Set<string>(['idea', 'planned', 'in-progress', 'done']);

export function isOpportunityStatus(value: unknown): value is OpportunityStatus {
  return typeof value === 'string' && STATUSES.has(value);
}

/** An opportunity's status as a [label, word] fact of its card, or undefined without a known one. */
export function statusFact(status: unknown, ctx: CellContext): [string, string] | undefined {
  if (!isOpportunityStatus(status)) return undefined;
  return [
    insightString(ctx.locale, 'status.label', undefined, ctx.strings),
    insightString(ctx.locale, `status.${status}`, undefined, ctx.strings),
  ];
}
