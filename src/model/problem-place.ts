import type { Locale } from '../i18n/locale.js';
import { placeString, type PlaceKey } from '../i18n/messages.js';
import type { JourneyProblem } from './types.js';

/** The list fields whose items a reader knows by a name: how a problem names such an item, then the fields that name it. */
const NAMED: Record<string, readonly [PlaceKey, ...string[]]> = {
  stages: ['place.stage', 'title', 'id'],
  steps: ['place.step', 'title', 'id'],
  personas: ['place.persona', 'name', 'id'],
  channels: ['place.channel', 'label', 'id'],
  metrics: ['place.metric', 'label', 'id'],
  lanes: ['place.lane', 'title', 'field', 'kind'],
  painPoints: ['place.painPoint', 'text'],
  opportunities: ['place.opportunity', 'text'],
  touchpoints: ['place.touchpoint', 'text', 'channel'],
  insights: ['place.insight', 'text'],
  individuals: ['place.customer', 'name', 'id'],
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
        const [place, ...names] = named;
        const name = nameOf(value as Record<string, unknown>, names);
        if (name) places.push(placeString(locale, place, { name }));
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
