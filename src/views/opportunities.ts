import { insightString } from '../i18n/insight-strings.js';
import { OPPORTUNITY_STATUSES } from '../model/check-insights.js';
import type { NormalizedStep, Opportunity, OpportunityStatus } from '../model/types.js';
import { nonEmpty, records, text, type CellContext } from './context.js';

const LEVELS = new Set(['low', 'medium', 'high']);
const STATUSES = new Set<string>(OPPORTUNITY_STATUSES);

function isOpportunityStatus(value: unknown): value is OpportunityStatus {
  return typeof value === 'string' && STATUSES.has(value);
}

/** One fact of an idea's card: "Impact: high", "Status: planned". */
export interface OpportunityChip {
  kind: 'impact' | 'effort' | 'status';
  /** The UI label ("Impact"). */
  label: string;
  /** The value: a known level or status in the UI language, anything else as written. */
  value: string;
  /** True when `value` is a UI word, false when it is the document's text. */
  valueIsUiWord: boolean;
  /** The known level or status ("high", "in-progress"), or "other". */
  level: string;
}

export interface OpportunityView {
  text: string;
  chips: OpportunityChip[];
  owner?: string;
  /** The UI label before the owner ("Owner"). */
  ownerLabel: string;
}

/** A level chip, its word agreeing with its label (Russian "высокий эффект"); other values as written. */
function levelChip(kind: 'impact' | 'effort', value: string, ctx: CellContext): OpportunityChip {
  const level = value.trim().toLowerCase();
  const known = LEVELS.has(level);
  return {
    kind,
    label: text(ctx, `label.${kind}`),
    value: known ? text(ctx, `${kind}.${level}` as 'impact.low') : value,
    valueIsUiWord: known,
    level: known ? level : 'other',
  };
}

/** An opportunity's status as a chip, or undefined without a known one. */
export function statusChip(status: unknown, ctx: CellContext): OpportunityChip | undefined {
  if (!isOpportunityStatus(status)) return undefined;
  return {
    kind: 'status',
    label: insightString(ctx, 'status.label'),
    value: insightString(ctx, `status.${status}`),
    valueIsUiWord: true,
    level: status,
  };
}

/** The step's improvement ideas with text: impact, effort and status as chips, and the owner. */
export function opportunityViews(step: NormalizedStep, ctx: CellContext): OpportunityView[] {
  return records<Opportunity>(step.opportunities)
    .filter((item) => nonEmpty(item.text))
    .map((item) => {
      const chips: OpportunityChip[] = [];
      if (nonEmpty(item.impact)) chips.push(levelChip('impact', item.impact, ctx));
      if (nonEmpty(item.effort)) chips.push(levelChip('effort', item.effort, ctx));
      const status = statusChip(item.status, ctx);
      if (status) chips.push(status);
      return { text: item.text, chips, owner: nonEmpty(item.owner) ? item.owner : undefined, ownerLabel: text(ctx, 'label.owner') };
    });
}
