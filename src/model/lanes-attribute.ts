import type { Locale } from '../i18n/locale.js';
import { placeString } from '../i18n/messages.js';
import { LANE_KINDS } from './check-sections.js';
import { ProblemList } from './problems.js';
import type { JourneyProblem, LaneKind, NormalizedLane } from './types.js';
import { laneKey } from './lane-key.js';
// The map's `lanes` warnings speak its language, as its other problems do.
import '../locales/ru.js';
import '../locales/ro.js';

/** What the `lanes` attribute gives: its lanes (undefined when it names none usable) and its warnings. */
export interface LanesAttribute {
  lanes?: NormalizedLane[];
  /** `unknown-lane-kind` for each kind that is not one, the same warning the document's `lanes` gives. */
  warnings: JourneyProblem[];
}

/**
 * Lanes from a map's `lanes` attribute, e.g. "actions, painPoints, text:channelNotes". A kind that is
 * not a lane kind is skipped with the `unknown-lane-kind` warning (in `locale`) that the same typo in
 * the document's `lanes` gives, and the other lanes are drawn; repeats and `text` without a field are
 * skipped.
 */
export function parseLanesAttribute(value: string | undefined, locale: Locale = 'en'): LanesAttribute {
  if (!value) return { warnings: [] };
  const problems = new ProblemList(locale);
  const lanes: NormalizedLane[] = [];
  const keys = new Set<string>();
  for (const entry of value.split(',')) {
    const [kind, ...rest] = entry.trim().split(':');
    const field = rest.join(':').trim();
    if (kind === '') continue;
    if (!LANE_KINDS.includes(kind)) {
      problems.warning('unknown-lane-kind', '', { kind, allowed: LANE_KINDS.join(', ') });
      continue;
    }
    if (kind === 'text' && !field) continue;
    const key = laneKey(kind, field);
    if (keys.has(key)) continue;
    keys.add(key);
    lanes.push(kind === 'text' ? { kind: 'text', key, field } : { kind: kind as LaneKind, key });
  }
  problems.finish();
  const place = placeString(locale, 'place.lanesAttribute', { name: 'lanes' });
  return { ...(lanes.length && { lanes }), warnings: problems.warnings.map((warning) => ({ ...warning, place })) };
}
