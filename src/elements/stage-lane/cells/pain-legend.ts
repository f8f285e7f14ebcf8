import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Locale } from '../../../i18n/locale.js';
import { laneString } from '../../../i18n/lane-strings.js';
import type { NormalizedJourney, PainPoint } from '../../../model/types.js';
import { CLASSIC_CATEGORIES, type ClassicCategory } from './pain-points.js';
import { nonEmpty, records } from './shared.js';
import type { Translator } from '../../../i18n/translator.js';

export interface LegendEntry {
  family: ClassicCategory | 'custom';
  /** The localized name of a classic category, or a team's own category exactly as first written. */
  label: string;
}

/**
 * The pain-point categories the journey uses, for the legend under the lane's name: the classic ones
 * in their usual order, then the team's own in order of first use, spelled as the team wrote them
 * (the first spelling wins when a category is written twice with different capitals).
 */
export function painLegend(journey: NormalizedJourney, t: Translator): LegendEntry[] {
  const classic = new Set<ClassicCategory>();
  const custom = new Map<string, string>();
  for (const step of journey.steps) {
    for (const pain of records<PainPoint>(step.painPoints)) {
      if (!nonEmpty(pain.text) || !nonEmpty(pain.category)) continue;
      const written = pain.category.trim();
      const family = CLASSIC_CATEGORIES.find((name) => name === written.toLowerCase());
      if (family) classic.add(family);
      else if (!custom.has(written.toLowerCase())) custom.set(written.toLowerCase(), pain.category);
    }
  }
  return [
    ...CLASSIC_CATEGORIES.filter((family) => classic.has(family)).map((family) => ({
      family,
      label: laneString(t, `pain.${family}`),
    })),
    ...Array.from(custom.values(), (label) => ({ family: 'custom' as const, label })),
  ];
}

/**
 * The legend itself: a swatch in each category's colour and its name. Hidden from screen readers,
 * because every chip already says its category in words; this is for the eye.
 */
export function renderPainLegend(entries: readonly LegendEntry[], locale: Locale): TemplateResult | typeof nothing {
  if (!entries.length) return nothing;
  return html`<ul class="pain-legend" part="pain-legend" aria-hidden="true">
    ${entries.map(
      (entry) =>
        html`<li class="pain-legend__entry pain--${entry.family}" lang=${ifDefined(entry.family === 'custom' ? undefined : locale)}>${entry.label}</li>`,
    )}
  </ul>`;
}

export const painLegendStyles = css`
  .pain-legend {
    display: flex;
    flex-direction: column;
    gap: 0.125em;
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--journey-muted);
    font-size: 0.75em;
    font-weight: 400;
  }
  .pain-legend__entry {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  .pain-legend__entry::before {
    content: '';
    flex: none;
    inline-size: 0.9em;
    block-size: 0.9em;
    border: 1px solid var(--chip-color, var(--journey-pain-custom));
    border-inline-start-width: 4px;
    border-radius: 2px;
    background: color-mix(in srgb, var(--chip-color, var(--journey-pain-custom)) 15%, var(--journey-surface));
  }
  @media (forced-colors: active) {
    .pain-legend__entry::before {
      border-color: CanvasText;
      background: Canvas;
    }
  }
`;
