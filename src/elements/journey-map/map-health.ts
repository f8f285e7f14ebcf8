import { css, html, type CSSResult, type TemplateResult } from 'lit';
import type { Locale } from '../../i18n/locale.js';
import { countedString, insightString, type InsightStringKey } from '../../i18n/insight-strings.js';
import { formatSpokenNumber } from '../../i18n/number-format.js';
import { DAY_MS } from '../../model/dates.js';
import { lintValidated, type LintCode, type LintResult, type LintWarning } from '../../model/lint.js';
import type { JourneyDocument } from '../../model/types.js';
import type { Translator } from '../../i18n/translator.js';

/** The map's lint result, computed again only for a new document, language, date format or day. */
export class HealthMemo {
  private key?: { doc: JourneyDocument; locale: Locale; intlLocale: string; day: number };
  private value?: LintResult;

  get(doc: JourneyDocument, locale: Locale, intlLocale: string, now: number): LintResult {
    const day = Math.floor(now / DAY_MS);
    const key = this.key;
    if (key && key.doc === doc && key.locale === locale && key.intlLocale === intlLocale && key.day === day && this.value) return this.value;
    this.key = { doc, locale, intlLocale, day };
    this.value = lintValidated(doc, { locale, intlLocale, now });
    return this.value;
  }
}

export type HealthBand = 'good' | 'fair' | 'poor';

/** Words for a score: 80 and up is good, under 50 poor, in between it needs work. */
export function healthBand(score: number): HealthBand {
  return score >= 80 ? 'good' : score >= 50 ? 'fair' : 'poor';
}

export interface HealthView extends Translator {
  /** A warning that belongs to a column or lane was chosen: the map shows its cell. */
  onShow: (warning: LintWarning) => void;
}

/** The warnings of each code together, codes in the order their first warning came. */
export function groupWarnings(warnings: readonly LintWarning[]): Array<{ code: LintCode; warnings: LintWarning[] }> {
  const groups = new Map<LintCode, LintWarning[]>();
  for (const warning of warnings) {
    const group = groups.get(warning.code);
    if (group) group.push(warning);
    else groups.set(warning.code, [warning]);
  }
  return Array.from(groups, ([code, list]) => ({ code, warnings: list }));
}

/**
 * The `health` panel: the score in numbers and words, what the score means in plain words, and every
 * methodology warning; those that belong to a column or a lane are buttons that take the reader to the
 * cell. Warnings of the same kind come as one entry ("11 moments of truth without a metric") that
 * opens to list them, so a map with many alike does not fill the first screen. Open at first; the
 * reader folds it away. (The formula is in docs/insights.md.)
 */
export function renderHealthPanel(result: LintResult, view: HealthView): TemplateResult {
  const say = (key: InsightStringKey, values?: Record<string, string>) => insightString(view, key, values);
  const band = healthBand(result.score);
  const count = formatSpokenNumber(result.warnings.length, view.intlLocale);
  const item = (warning: LintWarning) =>
    warning.stepId !== undefined || warning.lane !== undefined
      ? html`<button type="button" part="health-link" class="health__link" @click=${() => view.onShow(warning)}>${warning.message}</button>`
      : html`<span class="health__text">${warning.message}</span>`;
  return html`<details part="health" class="health" open>
    <summary class="health__summary">
      <span class="health__title">${say('health.label')}</span>
      <span part="health-score" class="health__score health__score--${band}" data-band=${band}
        >${say('health.score', { score: formatSpokenNumber(result.score, view.intlLocale) })} · ${say(`health.${band}`)}</span
      >
      <span class="health__count">${say('health.count', { count })}</span>
    </summary>
    ${result.warnings.length
      ? html`<ol class="health__list">
          ${groupWarnings(result.warnings).map(({ code, warnings }) =>
            warnings.length === 1
              ? html`<li data-code=${code}>${item(warnings[0])}</li>`
              : html`<li data-code=${code} data-count=${warnings.length}>
                  <details class="health__group">
                    <summary class="health__group-summary"
                      >${countedString(view, `health.group.${code}`, warnings.length, formatSpokenNumber(warnings.length, view.intlLocale))}</summary
                    >
                    <ul class="health__sublist">
                      ${warnings.map((warning) => html`<li data-code=${code}>${item(warning)}</li>`)}
                    </ul>
                  </details>
                </li>`,
          )}
        </ol>`
      : html`<p class="health__none">${say('health.none')}</p>`}
    <p class="health__formula">${say('health.formula')}</p>
  </details>`;
}

export { cellForWarning } from './map-state.js';

export const healthStyles = css`
  .health {
    margin-block-end: var(--journey-space-3);
    padding: var(--journey-space-2) var(--journey-space-3);
    border: 1px solid var(--journey-border);
    border-radius: var(--journey-radius);
    background: var(--journey-surface-alt);
  }
  .health__summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--journey-space-2) var(--journey-space-3);
    cursor: pointer;
  }
  .health__summary:focus-visible,
  .health__group-summary:focus-visible,
  .health__link:focus-visible {
    outline: 3px solid var(--journey-focus-ring);
    outline-offset: 2px;
  }
  .health__title {
    font-weight: 700;
  }
  .health__score {
    padding: 0.1em 0.6em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .health__score--good {
    color: var(--journey-good);
  }
  .health__score--fair {
    color: var(--journey-moment-of-truth);
  }
  .health__score--poor {
    color: var(--journey-bad);
  }
  .health__count,
  .health__formula {
    color: var(--journey-muted);
    font-size: 0.9em;
  }
  .health__list {
    display: grid;
    gap: var(--journey-space-1);
    margin: var(--journey-space-2) 0 0;
    padding-inline-start: 1.5em;
  }
  /* Its first line beside the list number, however many lines it wraps to. */
  .health__link {
    vertical-align: top;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--journey-accent);
    font: inherit;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }
  .health__group-summary {
    cursor: pointer;
    font-weight: 600;
  }
  .health__sublist {
    display: grid;
    gap: var(--journey-space-1);
    margin: var(--journey-space-1) 0 var(--journey-space-2);
    padding-inline-start: 1.25em;
  }
  .health__formula,
  .health__none {
    margin: var(--journey-space-2) 0 0;
  }
  @media (forced-colors: active) {
    .health__score {
      color: CanvasText;
    }
    .health__link {
      color: LinkText;
    }
  }
`;

/** The health panel as an editable map's feature file: a memo of the lint result and its render. */
export interface HealthPanel {
  readonly styles: CSSResult;
  render(doc: JourneyDocument, now: number, view: HealthView): TemplateResult;
}

/**
 * The panel of one map. `<journey-map health>` imports this module the first time `health` is on, so
 * a map without the panel never downloads `lintJourney` and its messages.
 */
export function healthPanel(): HealthPanel {
  const memo = new HealthMemo();
  return {
    styles: healthStyles,
    render: (doc, now, view) => renderHealthPanel(memo.get(doc, view.locale, view.intlLocale, now), view),
  };
}
