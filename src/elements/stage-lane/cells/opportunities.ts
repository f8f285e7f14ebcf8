import { html, nothing, type TemplateResult } from 'lit';
import type { NormalizedStep, Opportunity } from '../../../model/types.js';
import { statusFact } from './status.js';
import { nonEmpty, records, text, uiWord, type CellContext } from './shared.js';

const levels = new Set(['low', 'medium', 'high']);

/** A level word agreeing with its label (Russian "высокий эффект", "высокие трудозатраты"); other values as written. */
function levelText(kind: 'impact' | 'effort', value: string, ctx: CellContext): string {
  const level = value.trim().toLowerCase();
  return levels.has(level) ? text(ctx, `${kind}.${level}` as 'impact.low') : value;
}

/** A level as a chip: "Impact: high". The level sets the chip's weight (data-level), words say it too. */
function levelChip(kind: 'impact' | 'effort', value: string, ctx: CellContext): TemplateResult {
  const level = value.trim().toLowerCase();
  return html`<span class="opportunity__chip opportunity__chip--${kind}" data-level=${levels.has(level) ? level : 'other'}
    >${uiWord(ctx, text(ctx, `label.${kind}`), 'chip__label')} ${levels.has(level) ? uiWord(ctx, levelText(kind, value, ctx)) : value}</span
  >`;
}

/**
 * One idea as a card: its text first, then impact, effort and status as chips, and the owner on a
 * line of its own ("Owner:" never breaks inside the word).
 */
function renderOpportunity(opportunity: Opportunity, ctx: CellContext): TemplateResult {
  const chips: TemplateResult[] = [];
  if (nonEmpty(opportunity.impact)) chips.push(levelChip('impact', opportunity.impact, ctx));
  if (nonEmpty(opportunity.effort)) chips.push(levelChip('effort', opportunity.effort, ctx));
  const status = statusFact(opportunity.status, ctx);
  if (status) {
    chips.push(
      html`<span class="opportunity__chip opportunity__chip--status" data-status=${String(opportunity.status)}
        >${uiWord(ctx, status[0], 'chip__label')} ${uiWord(ctx, status[1])}</span
      >`,
    );
  }
  return html`<li class="opportunity">
    <span class="opportunity__text">${opportunity.text}</span>
    ${chips.length ? html`<span class="opportunity__chips">${chips}</span>` : nothing}
    ${nonEmpty(opportunity.owner)
      ? html`<dl class="facts">
          <div class="fact"><dt lang=${ctx.locale}>${text(ctx, 'label.owner')}</dt><dd>${opportunity.owner}</dd></div>
        </dl>`
      : nothing}
  </li>`;
}

/** Improvement ideas with their owner, impact and effort. */
export function renderOpportunitiesCell(step: NormalizedStep, ctx: CellContext): TemplateResult | typeof nothing {
  const opportunities = records<Opportunity>(step.opportunities).filter((item) => nonEmpty(item.text));
  if (!opportunities.length) return nothing;
  return html`<ul class="items items--plain opportunities">
    ${opportunities.map((opportunity) => renderOpportunity(opportunity, ctx))}
  </ul>`;
}
