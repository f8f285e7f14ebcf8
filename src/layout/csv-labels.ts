/** The localized words of the map's CSV: its header row and lane names. Pure; shared by the map and `journeyToCSV`. */
import { laneTitle } from '../i18n/lane-strings.js';
import { mapString, type MapStringKey } from '../i18n/map-strings.js';
import type { CsvLabels } from './export-csv.js';
import type { Translator } from '../i18n/translator.js';

export function csvLabels(t: Translator): CsvLabels {
  const text = (key: MapStringKey) => mapString(t, key);
  return {
    header: [text('grid.stage'), text('export.step'), text('grid.lane'), text('export.text')],
    keyHeader: text('export.laneKey'),
    laneName: (lane) => laneTitle(lane, t),
  };
}
