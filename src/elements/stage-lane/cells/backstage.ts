import { html, nothing, type TemplateResult } from 'lit';
import type { BackstageItem, NormalizedStep } from '../../../model/types.js';
import { nonEmpty, records, text, type CellContext } from './shared.js';

function renderBackstageItem(item: BackstageItem, ctx: CellContext): TemplateResult {
  return html`<li class="backstage">
    ${nonEmpty(item.actor) ? html`<span class="backstage__actor">${item.actor}</span>` : nothing}
    <span class="backstage__text">${item.text}</span>
    ${nonEmpty(item.system) ? html`<span class="meta">${text(ctx, 'label.system')}: ${item.system}</span>` : nothing}
  </li>`;
}

/** What happens behind the line of visibility: who does it, what they do, in which system. */
export function renderBackstageCell(step: NormalizedStep, ctx: CellContext): TemplateResult | typeof nothing {
  const items = records<BackstageItem>(step.backstage).filter((item) => nonEmpty(item.text));
  if (!items.length) return nothing;
  return html`<ul class="items">
    ${items.map((item) => renderBackstageItem(item, ctx))}
  </ul>`;
}
