/** The localized words of the map's CSV: its header row and lane names. Pure; shared by the map and `journeyToCSV`. */
import { laneTitle } from '../i18n/lane-strings.js';
import type { Locale, StringOverrides } from '../i18n/locale.js';
import { mapString, type MapStringKey } from '../i18n/map-strings.js';
import type { CsvLabels } from './export-csv.js';

export function csvLabels(locale: Locale, strings?: StringOverrides): CsvLabels {
  const text = (key: MapStringKey) => mapString(locale, key, undefined, strings);
  return {
    header: [text('grid.stage'), text('export.step'), text('grid.lane'), text('export.text')],
    keyHeader: text('export.laneKey'),
    laneName: (lane) => laneTitle(lane, locale, strings),
  };
}
