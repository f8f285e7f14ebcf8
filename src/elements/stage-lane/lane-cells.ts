import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { dataLang, dirOf } from '../shared/data-lang.js';
import type { NormalizedLane, NormalizedStep } from '../../model/types.js';
import { renderBackstageCell } from './cells/backstage.js';
import { renderEmotionCell } from './cells/emotion.js';
import { insightCellStyles, renderInsightsCell } from './cells/insights.js';
import { renderMetricsCell } from './cells/metrics.js';
import { renderOpportunitiesCell } from './cells/opportunities.js';
import { renderOwnerCell } from './cells/owner.js';
import { renderPainPointsCell } from './cells/pain-points.js';
import type { CellContext } from './cells/shared.js';
import { renderTextCell } from './cells/text.js';
import { renderTouchpointsCell } from './cells/touchpoints.js';

export type { CellContext } from './cells/shared.js';
import { laneCellStyles as cellStyles } from './cells/styles.js';

export const laneCellStyles = css`
  ${cellStyles}
  ${insightCellStyles}
`;

function cellContent(lane: NormalizedLane, step: NormalizedStep, ctx: CellContext): TemplateResult | typeof nothing {
  switch (lane.kind) {
    case 'touchpoints':
      return renderTouchpointsCell(step, ctx);
    case 'painPoints':
      return renderPainPointsCell(step, ctx);
    case 'opportunities':
      return renderOpportunitiesCell(step, ctx);
    case 'backstage':
      return renderBackstageCell(step, ctx);
    case 'metrics':
      return renderMetricsCell(step, ctx);
    case 'owner':
      return renderOwnerCell(step);
    case 'emotion':
      return renderEmotionCell(step, ctx);
    case 'insights':
      return renderInsightsCell(step, ctx);
    default:
      return renderTextCell(lane, step);
  }
}

/**
 * What one lane shows for one step, as plain-text Lit templates (data is never parsed as HTML), or
 * `nothing` when the step has nothing for that lane. Style it with `laneCellStyles`.
 */
export function renderLaneCell(
  lane: NormalizedLane,
  step: NormalizedStep,
  ctx: CellContext,
): TemplateResult | typeof nothing {
  const content = cellContent(lane, step, ctx);
  // The document's language on its texts; the few UI words inside carry the UI language (cells/shared.ts `uiWord`).
  return content === nothing
    ? nothing
    : html`<div class="lane-cell lane-cell--${lane.kind}" lang=${ifDefined(dataLang(ctx.journey))} dir=${ifDefined(dirOf(dataLang(ctx.journey)))}>${content}</div>`;
}
