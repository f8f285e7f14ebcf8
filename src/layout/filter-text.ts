/**
 * The active filter in words, as the export states it: "Filter: Department Sales · Severity at
 * least 4 — Steps matching: 3 of 12". Labels are the toolbar's; values the document's names.
 */
import { insightString } from '../i18n/insight-strings.js';
import { laneString } from '../i18n/lane-strings.js';
import { mapString } from '../i18n/map-strings.js';
import { formatSpokenNumber } from '../i18n/number-format.js';
import type { NormalizedJourney } from '../model/types.js';
import { CLASSIC_CATEGORIES } from '../views/pain-points.js';
import { activeFilter, filterEntries, type JourneyFilter } from './filter.js';
import type { Translator } from '../i18n/translator.js';

export type FilterTextOptions = Translator;

const named = (value: unknown, fallback: string) => (typeof value === 'string' && value.trim() ? value.trim() : fallback);

function valueText(journey: NormalizedJourney, key: keyof JourneyFilter, value: string | number, options: FilterTextOptions): string {
  const text = String(value);
  switch (key) {
    case 'persona':
      return named(journey.personas.find((persona) => persona.id === text)?.name, text);
    case 'channel':
      return named(journey.channels.get(text)?.label, text);
    case 'category': {
      const family = CLASSIC_CATEGORIES.find((name) => name === text.toLowerCase());
      return family ? laneString(options, `pain.${family}`) : text;
    }
    case 'minSeverity':
      return formatSpokenNumber(Number(value), options.intlLocale);
    case 'evidence':
      return text === 'research' || text === 'data' || text === 'assumption' ? mapString(options, `evidence.${text}`) : text;
    default:
      return text;
  }
}

/** The filter and how many steps match it, in words; undefined when nothing is filtered. */
export function filterText(journey: NormalizedJourney, filter: unknown, dimmed: ReadonlySet<string> | undefined, options: FilterTextOptions): string | undefined {
  const active = activeFilter(filter);
  if (!active) return undefined;
  const say = (key: Parameters<typeof insightString>[1], values?: Record<string, string>) => insightString(options, key, values);
  const criteria = filterEntries(active)
    .map(([key, value]) => `${say(`filter.${key}`)} ${valueText(journey, key, value, options)}`)
    .join(' · ');
  const total = journey.steps.length;
  const matched = total - (dimmed?.size ?? 0);
  const count = say('filter.matching', { matched: formatSpokenNumber(matched, options.intlLocale), total: formatSpokenNumber(total, options.intlLocale) });
  return say('filter.stated', { criteria, count });
}
