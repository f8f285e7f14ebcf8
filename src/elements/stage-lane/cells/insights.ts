import { css, html, nothing, type TemplateResult } from 'lit';
import type { NormalizedStep } from '../../../model/types.js';
import { insightViews, type InsightView } from '../../../views/insights.js';
import type { CellContext } from './shared.js';
import { uiDir } from '../../shared/bidi.js';

function renderSource(source: InsightView['source']): TemplateResult | typeof nothing {
  if (!source) return nothing;
  if (!source.href) return html`<span class="insight__source">${source.label}</span>`;
  return html`<a class="insight__source" href=${source.href} target="_blank" rel="noopener noreferrer" title=${source.title ?? ''}>${source.label}</a>`;
}

/** `dir`: the UI language's, so a reader's date ("10 сент. 2026 г.") keeps its order on a right-to-left page. */
function renderInsight(view: InsightView, dir: 'ltr' | 'rtl'): TemplateResult {
  return html`<li class="insight insight--${view.kind}">
    <span class="insight__kind">${view.kindLabel}</span>
    ${view.kind === 'quote' ? html`<q class="insight__text">${view.text}</q>` : html`<span class="insight__text">${view.text}</span>`}
    <span class="meta">
      ${renderSource(view.source)} ${view.date ? html`<time datetime=${view.date.iso} dir=${dir}>${view.date.text}</time>` : nothing}
      ${view.n === undefined ? nothing : html`<span>${view.n}</span>`}
    </span>
  </li>`;
}

/** The research behind a step: quotes, observations and data, each with its source, date and sample size (views/insights.ts). */
export function renderInsightsCell(step: NormalizedStep, ctx: CellContext): TemplateResult | typeof nothing {
  const views = insightViews(step, ctx);
  if (!views.length) return nothing;
  return html`<ul class="items items--plain">
    ${views.map((view) => renderInsight(view, uiDir(ctx.locale)))}
  </ul>`;
}

export const insightCellStyles = css`
  .insight {
    display: flex;
    flex-direction: column;
  }
  .insight__kind {
    font-size: 0.75em;
    font-weight: 700;
    letter-spacing: 0.02em;
    text-transform: uppercase;
    color: var(--journey-muted);
  }
  .insight--quote .insight__text {
    font-style: italic;
  }
  .insight__source {
    color: inherit;
  }
  a.insight__source {
    color: var(--journey-accent);
  }
  a.insight__source:focus-visible {
    outline: 2px solid var(--journey-focus-ring);
    outline-offset: 1px;
  }
`;
