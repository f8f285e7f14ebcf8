import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { insightString, type InsightStringKey } from '../../i18n/insight-strings.js';
import { mapString } from '../../i18n/map-strings.js';
import { formatSpokenNumber } from '../../i18n/number-format.js';
import { activeFilter, dimmedRuns, dimmedSteps, filterOwners, withCriterion, type FilterKey, type JourneyFilter } from '../../layout/filter.js';
import type { ColumnLayout } from '../../layout/types.js';
import type { NormalizedJourney } from '../../model/types.js';
import { painLegend } from '../stage-lane/cells/pain-legend.js';
import { styleProps } from '../shared/style-props.js';
import { type Translator } from '../../i18n/translator.js';

export interface FilterView extends Translator {
  filter?: JourneyFilter;
  dimmed?: ReadonlySet<string>;
  /** The reader changed a control: the map takes the new filter and tells the host. */
  onChange: (filter: JourneyFilter) => void;
}

/** The dimmed step ids for a (journey, filter) pair, recomputed only when either is a new object. */
export class DimmedMemo {
  private key?: { journey?: NormalizedJourney; filter: unknown };
  private value?: ReadonlySet<string>;

  get(journey: NormalizedJourney | undefined, filter: unknown): ReadonlySet<string> | undefined {
    if (this.key && this.key.journey === journey && this.key.filter === filter) return this.value;
    this.key = { journey, filter };
    this.value = journey ? dimmedSteps(journey, filter) : undefined;
    return this.value;
  }
}

interface Choice {
  value: string;
  label: string;
  /** The language of a label taken from the document. */
  lang?: string;
}

const textOr = (text: unknown, fallback: string): string => (typeof text === 'string' && text.trim() ? text : fallback);

const SEVERITIES = ['1', '2', '3', '4', '5'];
const EVIDENCE = ['research', 'data', 'assumption'] as const;

/** What each control offers: only criteria the journey has something for (severity and evidence always). */
function choices(journey: NormalizedJourney, t: Translator): Array<[FilterKey, Choice[]]> {
  const lang = journey.locale;
  const rows: Array<[FilterKey, Choice[]]> = [
    ['persona', journey.personas.map((persona) => ({ value: persona.id, label: textOr(persona.name, persona.id), lang }))],
    ['channel', Array.from(journey.channels.values(), (channel) => ({ value: channel.id, label: textOr(channel.label, channel.id), lang }))],
    ['owner', filterOwners(journey).map((owner) => ({ value: owner, label: owner, lang }))],
    [
      'category',
      painLegend(journey, t).map((entry) => ({
        value: entry.family === 'custom' ? entry.label : entry.family,
        label: entry.label,
        lang: entry.family === 'custom' ? lang : undefined,
      })),
    ],
    ['minSeverity', SEVERITIES.map((value) => ({ value, label: `≥ ${value}` }))],
    ['evidence', EVIDENCE.map((value) => ({ value, label: mapString(t, `evidence.${value}`) }))],
  ];
  return rows.filter(([, options]) => options.length > 0);
}

function renderSelect(key: FilterKey, options: Choice[], view: FilterView): TemplateResult {
  const current = view.filter?.[key];
  const selected = current === undefined ? '' : String(current).toLowerCase();
  const say = (name: InsightStringKey) => insightString(view, name);
  return html`<label class="filter__field">
    <span class="filter__name">${say(`filter.${key}`)}</span>
    <select
      part="filter-control"
      data-filter=${key}
      @change=${(event: Event) => view.onChange(withCriterion(view.filter, key, (event.target as HTMLSelectElement).value))}
    >
      <option value="" ?selected=${selected === ''}>${say(`filter.any.${key}`)}</option>
      ${options.map(
        (option) => html`<option value=${option.value} lang=${ifDefined(option.lang)} ?selected=${option.value.toLowerCase() === selected}>${option.label}</option>`,
      )}
    </select>
  </label>`;
}

/**
 * The filter toolbar (the map's `toolbar` attribute): one labelled select per criterion the journey
 * can use, a clear button, and how many steps match, announced politely as it changes.
 */
export function renderFilterToolbar(journey: NormalizedJourney, view: FilterView): TemplateResult {
  const say = (name: InsightStringKey, values?: Record<string, string>) => insightString(view, name, values);
  const active = activeFilter(view.filter);
  const total = journey.steps.length;
  const matched = total - (view.dimmed?.size ?? 0);
  return html`<div part="filter" class="filter" role="group" aria-label=${say('filter.label')}>
    ${choices(journey, view).map(([key, options]) => renderSelect(key, options, view))}
    <button
      type="button"
      part="filter-clear"
      class="filter__clear"
      aria-disabled=${active ? 'false' : 'true'}
      @click=${() => active && view.onChange({})}
    >${say('filter.clear')}</button>
    <p class="filter__status" role="status">${active
      ? say('filter.matching', { matched: formatSpokenNumber(matched, view.intlLocale), total: formatSpokenNumber(total, view.intlLocale) })
      : nothing}</p>
  </div>`;
}

/**
 * A shade over each run of dimmed columns, across every lane (the map's own or composed ones, the
 * curve too): nothing is re-rendered inside the lanes, so a filter change costs one small update.
 * Hidden from assistive technology: the step headers say "outside the filter" in words.
 */
export function renderDimmedShades(layout: ColumnLayout, dimmed: ReadonlySet<string> | undefined): TemplateResult | typeof nothing {
  const runs = dimmedRuns(layout.columns, dimmed);
  if (!runs.length) return nothing;
  return html`${runs.map(
    (run) => html`<div
      class="dimmed-shade"
      part="dimmed"
      aria-hidden="true"
      style=${styleProps({ insetInlineStart: `${layout.headerWidth + run.x}px`, inlineSize: `${run.width}px` })}
    ></div>`,
  )}`;
}

export const filterStyles = css`
  .filter {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--journey-space-2) var(--journey-space-3);
    padding-block-end: var(--journey-space-3);
  }
  /* Every select as wide as the others (a long channel name does not widen its own), all on one line at 1440 px. */
  .filter__field {
    flex: 0 1 9rem;
    min-inline-size: 7rem;
    max-inline-size: 100%;
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    font-size: 0.85em;
    color: var(--journey-muted);
  }
  .filter select,
  .filter__clear {
    min-block-size: 2rem;
    padding: 0.2em 0.5em;
    border: 1px solid var(--journey-border);
    border-radius: var(--journey-chip-radius);
    background: var(--journey-surface);
    color: var(--journey-text);
    font: inherit;
    font-size: 1rem;
  }
  /* A long channel or department name must not make a select wider than a phone's screen. */
  .filter select {
    inline-size: 100%;
    max-inline-size: 100%;
  }
  .filter select:focus-visible,
  .filter__clear:focus-visible {
    outline: 3px solid var(--journey-focus-ring);
    outline-offset: 1px;
  }
  .filter__clear[aria-disabled='false'] {
    cursor: pointer;
    border-color: var(--journey-accent);
    color: var(--journey-accent);
  }
  .filter__clear[aria-disabled='true'] {
    color: var(--journey-muted);
  }
  .filter__status {
    margin: 0;
    align-self: center;
    font-weight: 600;
  }
  .lanes {
    position: relative;
  }
  /* Above the cells, below the sticky lane names (z-index 1 and up) and the sticky header rows. */
  .dimmed-shade {
    position: absolute;
    inset-block: 0;
    z-index: 0;
    background: var(--journey-surface);
    opacity: 0.62;
    pointer-events: none;
  }
  .step--dimmed .step__title {
    color: var(--journey-muted);
    font-weight: 500;
  }
  @media (forced-colors: active) {
    .dimmed-shade {
      forced-color-adjust: none;
      background: Canvas;
    }
  }
`;
