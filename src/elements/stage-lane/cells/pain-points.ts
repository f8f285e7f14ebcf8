import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { NormalizedStep } from '../../../model/types.js';
import { painPointViews, type PainPointView } from '../../../views/pain-points.js';
import { styleProps } from '../../shared/style-props.js';
import { uiWord, type CellContext } from './shared.js';

export { CLASSIC_CATEGORIES, MAX_SEVERITY, type ClassicCategory } from '../../../views/pain-points.js';

/** Severity as dots (for the eye) and words ("Severity 4 of 5", for everyone, in the UI language). */
function renderSeverity(view: PainPointView, ctx: CellContext): TemplateResult {
  return html`<span class="severity" data-severity=${view.severity!}
    ><span class="severity__dots" aria-hidden="true">${view.severityDots}</span> ${uiWord(ctx, view.severityWords!, 'severity__words')}</span
  >`;
}

function renderPainPoint(view: PainPointView, ctx: CellContext): TemplateResult {
  // Weight by severity (data-severity): the strongest pain in a column is the most prominent card.
  return html`<li class="chip pain pain--${view.family}" data-severity=${view.severity ?? 0}>
    ${view.category
      ? html`<span class="chip__category" lang=${ifDefined(view.categoryIsUiWord ? ctx.locale : undefined)}>${view.category}</span>`
      : nothing}
    <span class="pain__text">${view.text}</span>
    ${view.severity !== undefined || view.persona
      ? html`<span class="meta"
          >${view.severity !== undefined ? renderSeverity(view, ctx) : nothing}
          ${view.persona
            ? html`<span class="pain__persona" style=${styleProps({ '--persona-color': `var(--journey-series-${view.personaColor})` })}
                >${view.persona}</span
              >`
            : nothing}</span
        >`
      : nothing}
  </li>`;
}

/**
 * Pain points as chips coloured and labelled by category, with severity as dots and words. When the
 * map is filtered to a persona, pain points that belong to another persona are left out.
 */
export function renderPainPointsCell(step: NormalizedStep, ctx: CellContext): TemplateResult | typeof nothing {
  const views = painPointViews(step, ctx);
  if (!views.length) return nothing;
  return html`<ul class="items items--plain">
    ${views.map((view) => renderPainPoint(view, ctx))}
  </ul>`;
}
