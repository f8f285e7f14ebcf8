import { css, html, nothing, type TemplateResult } from 'lit';
import { insightString } from '../../../i18n/insight-strings.js';
import { formatNumber } from '../../../i18n/number-format.js';
import { insightsOf } from '../../../layout/evidence.js';
import { parseInstant } from '../../../model/dates.js';
import type { Insight, NormalizedStep } from '../../../model/types.js';
import { safeUrl } from '../../../model/url.js';
import { nonEmpty, type CellContext } from './shared.js';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** "2 Mar 2026" in the cell's language; the date is read on the UTC calendar, as the document means it. */
function formatDate(at: unknown, intlLocale: string): string | undefined {
  const instant = parseInstant(at);
  if (instant === undefined) return undefined;
  let format = dateFormats.get(intlLocale);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(intlLocale, { dateStyle: 'medium', timeZone: 'UTC' });
    } catch {
      format = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });
    }
    dateFormats.set(intlLocale, format);
  }
  return format.format(instant);
}

function renderSource(insight: Insight, ctx: CellContext): TemplateResult | typeof nothing {
  const href = safeUrl(insight.url, 'link');
  const source = nonEmpty(insight.source) ? insight.source : undefined;
  if (!href) return source ? html`<span class="insight__source">${source}</span>` : nothing;
  const label = source ?? insightString(ctx.locale, 'insight.source', undefined, ctx.strings);
  return html`<a class="insight__source" href=${href} target="_blank" rel="noopener noreferrer"
    title=${insightString(ctx.locale, 'insight.open', { source: label }, ctx.strings)}>${label}</a>`;
}

function renderInsight(insight: Insight, ctx: CellContext): TemplateResult {
  const date = formatDate(insight.at, ctx.intlLocale);
  const n = typeof insight.n === 'number' && Number.isFinite(insight.n) ? insight.n : undefined;
  return html`<li class="insight insight--${insight.kind}">
    <span class="insight__kind">${insightString(ctx.locale, `insight.${insight.kind}`, undefined, ctx.strings)}</span>
    ${insight.kind === 'quote' ? html`<q class="insight__text">${insight.text}</q>` : html`<span class="insight__text">${insight.text}</span>`}
    <span class="meta">
      ${renderSource(insight, ctx)} ${date ? html`<span>${date}</span>` : nothing}
      ${n === undefined ? nothing : html`<span>${insightString(ctx.locale, 'insight.n', { n: formatNumber(n, ctx.intlLocale) }, ctx.strings)}</span>`}
    </span>
  </li>`;
}

/** The research behind a step: quotes, observations and data, each with its source, date and sample size. */
export function renderInsightsCell(step: NormalizedStep, ctx: CellContext): TemplateResult | typeof nothing {
  const insights = insightsOf(step.insights);
  if (!insights.length) return nothing;
  return html`<ul class="items items--plain">
    ${insights.map((insight) => renderInsight(insight, ctx))}
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
