import { html, nothing, type TemplateResult } from 'lit';
import type { NormalizedStep, Opportunity } from '../../../model/types.js';
import { statusFact } from './status.js';
import { nonEmpty, records, text, type CellContext } from './shared.js';

const levels = new Set(['low', 'medium', 'high']);

/** A level word agreeing with its label (Russian "высокий эффект", "высокие трудозатраты"); other values as written. */
function levelText(kind: 'impact' | 'effort', value: string, ctx: CellContext): string {
  const level = value.trim().toLowerCase();
  return levels.has(level) ? text(ctx, `${kind}.${level}` as 'impact.low') : value;
}

function renderOpportunity(opportunity: Opportunity, ctx: CellContext): TemplateResult {
  const facts: Array<[string, string]> = [];
  if (nonEmpty(opportunity.owner)) facts.push([text(ctx, 'label.owner'), opportunity.owner]);
  if (nonEmpty(opportunity.impact)) facts.push([text(ctx, 'label.impact'), levelText('impact', opportunity.impact, ctx)]);
  if (nonEmpty(opportunity.effort)) facts.push([text(ctx, 'label.effort'), levelText('effort', opportunity.effort, ctx)]);
  const status = statusFact(opportunity.status, ctx);
  if (status) facts.push(status);
  return html`<li class="opportunity">
    <span class="opportunity__text">${opportunity.text}</span>
    ${facts.length
      ? html`<dl class="facts">
          ${facts.map(([term, value]) => html`<div class="fact"><dt>${term}</dt><dd>${value}</dd></div>`)}
        </dl>`
      : nothing}
  </li>`;
}

/** Improvement ideas with their owner, impact and effort. */
export function renderOpportunitiesCell(step: NormalizedStep, ctx: CellContext): TemplateResult | typeof nothing {
  const opportunities = records<Opportunity>(step.opportunities).filter((item) => nonEmpty(item.text));
  if (!opportunities.length) return nothing;
  return html`<ul class="items">
    ${opportunities.map((opportunity) => renderOpportunity(opportunity, ctx))}
  </ul>`;
}
