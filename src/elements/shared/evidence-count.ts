import { css, html, nothing, type TemplateResult } from 'lit';
import { countedString, insightString } from '../../i18n/insight-strings.js';
import { formatNumber } from '../../i18n/number-format.js';
import { evidenceSummary } from '../../layout/evidence.js';
import { uiDir } from './bidi.js';
import type { Translator } from '../../i18n/translator.js';

/** The words of a step's evidence count ("12 sources · n = 3,400"), or undefined without insights. */
export function evidenceCountText(insights: unknown, t: Translator): string | undefined {
  const summary = evidenceSummary(insights);
  if (!summary) return undefined;
  const parts: string[] = [];
  if (summary.sources > 0) parts.push(countedString(t, 'evidence.sources', summary.sources, formatNumber(summary.sources, t.intlLocale)));
  if (summary.n !== undefined) parts.push(insightString(t, 'insight.n', { n: formatNumber(summary.n, t.intlLocale) }));
  return parts.length ? parts.join(' · ') : undefined;
}

/** The evidence count in a step header, next to its evidence level; read as a sentence. */
export function renderEvidenceCount(insights: unknown, t: Translator): TemplateResult | typeof nothing {
  const summary = evidenceCountText(insights, t);
  if (!summary) return nothing;
  return html`<span class="step__evidence-count" part="evidence-count"
    ><span aria-hidden="true" dir=${uiDir(t.locale)}>${summary}</span
    ><span class="visually-hidden">${insightString(t, 'evidence.spoken', { summary })}</span></span
  >`;
}

export const evidenceCountStyles = css`
  .step__evidence-count {
    font-size: 0.8em;
    font-weight: 400;
    color: var(--journey-muted);
  }
`;
