import { html, nothing, type TemplateResult } from 'lit';
import type { NormalizedStep } from '../../../model/types.js';
import { opportunityViews, type OpportunityChip, type OpportunityView } from '../../../views/opportunities.js';
import { uiWord, type CellContext } from './shared.js';
import { dataText, uiDir } from '../../shared/bidi.js';
import { dataLang } from '../../shared/data-lang.js';

/** A fact as a chip: "Impact: high". The level sets the chip's weight (data-level), words say it too. */
function renderChip(chip: OpportunityChip, ctx: CellContext): TemplateResult {
  const value = chip.valueIsUiWord ? uiWord(ctx, chip.value) : dataText(chip.value, dataLang(ctx.journey));
  // The chip reads as one UI phrase ("Impact high") in the UI's direction, even in a right-to-left cell.
  return chip.kind === 'status'
    ? html`<span class="opportunity__chip opportunity__chip--status" data-status=${chip.level} dir=${uiDir(ctx.locale)}
        >${uiWord(ctx, chip.label, 'chip__label')} ${value}</span
      >`
    : html`<span class="opportunity__chip opportunity__chip--${chip.kind}" data-level=${chip.level} dir=${uiDir(ctx.locale)}
        >${uiWord(ctx, chip.label, 'chip__label')} ${value}</span
      >`;
}

/**
 * One idea as a card: its text first, then impact, effort and status as chips, and the owner on a
 * line of its own ("Owner:" never breaks inside the word).
 */
function renderOpportunity(view: OpportunityView, ctx: CellContext): TemplateResult {
  return html`<li class="opportunity">
    <span class="opportunity__text">${view.text}</span>
    ${view.chips.length ? html`<span class="opportunity__chips">${view.chips.map((chip) => renderChip(chip, ctx))}</span>` : nothing}
    ${view.owner
      ? html`<dl class="facts">
          <div class="fact"><dt lang=${ctx.locale} dir=${uiDir(ctx.locale)}>${view.ownerLabel}</dt><dd>${view.owner}</dd></div>
        </dl>`
      : nothing}
  </li>`;
}

/** Improvement ideas with their owner, impact and effort. */
export function renderOpportunitiesCell(step: NormalizedStep, ctx: CellContext): TemplateResult | typeof nothing {
  const views = opportunityViews(step, ctx);
  if (!views.length) return nothing;
  return html`<ul class="items items--plain opportunities">
    ${views.map((view) => renderOpportunity(view, ctx))}
  </ul>`;
}
