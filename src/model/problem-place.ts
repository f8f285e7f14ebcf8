import type { Locale } from '../i18n/locale.js';
import { placeString, type PlaceStringKey } from '../i18n/place-strings.js';
import type { JourneyProblem } from './types.js';
import { translator } from '../i18n/translator.js';

/** The list fields whose items a reader knows by a name, and the field that names them. */
const NAMED: Record<string, { place: PlaceStringKey; names: readonly string[] }> = {
  stages: { place: 'place.stage', names: ['title', 'id'] },
  steps: { place: 'place.step', names: ['title', 'id'] },
  personas: { place: 'place.persona', names: ['name', 'id'] },
  channels: { place: 'place.channel', names: ['label', 'id'] },
  metrics: { place: 'place.metric', names: ['label', 'id'] },
  lanes: { place: 'place.lane', names: ['title', 'field', 'kind'] },
  painPoints: { place: 'place.painPoint', names: ['text'] },
  opportunities: { place: 'place.opportunity', names: ['text'] },
  touchpoints: { place: 'place.touchpoint', names: ['text', 'channel'] },
  insights: { place: 'place.insight', names: ['text'] },
  individuals: { place: 'place.customer', names: ['name', 'id'] },
};

/** Names longer than this are cut with an ellipsis: the place should fit on one line. */
const MAX_NAME = 40;

function unescape(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

function nameOf(item: Record<string, unknown>, names: readonly string[]): string | undefined {
  for (const field of names) {
    const value = item[field];
    if (typeof value === 'string' && value.trim()) {
      const name = value.trim().replace(/\s+/g, ' ');
      return name.length > MAX_NAME ? `${name.slice(0, MAX_NAME - 1)}…` : name;
    }
  }
  return undefined;
}

/**
 * Where `path` points, in words a reader knows: "stage “Book”, step “Calls the booking line”", each
 * item by its title (or name, label, text, id), in `locale`. Undefined when the path passes no named
 * item (the root, `/title`) or `doc` is not an object. Never throws.
 */
export function problemPlace(doc: unknown, path: string, locale: Locale): string | undefined {
  try {
    if (!path.startsWith('/')) return undefined;
    const places: string[] = [];
    let value: unknown = doc;
    let field = '';
    for (const token of path.slice(1).split('/').map(unescape)) {
      if (value === null || typeof value !== 'object') break;
      value = (value as Record<string, unknown>)[token];
      const named = Object.prototype.hasOwnProperty.call(NAMED, field) ? NAMED[field] : undefined;
      if (named && /^\d+$/.test(token) && value && typeof value === 'object') {
        const name = nameOf(value as Record<string, unknown>, named.names);
        if (name) places.push(placeString(translator(locale), named.place, { name }));
      }
      field = token;
    }
    return places.length ? places.join(', ') : undefined;
  } catch {
    return undefined;
  }
}

/** `problems` with their `place` filled in from `doc` where the path names an item. */
export function withPlaces(problems: JourneyProblem[], doc: unknown, locale: Locale): JourneyProblem[] {
  for (const problem of problems) {
    const place = problem.place ?? problemPlace(doc, problem.path, locale);
    if (place) problem.place = place;
  }
  return problems;
}
