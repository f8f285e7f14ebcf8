import type { PropertyValues } from 'lit';
import type { ColumnWindow } from '../../context/column-window-context.js';
import { sameLaneSettings, type LaneSetting, type MapSettings } from '../../context/settings-context.js';
import type { LaneContextKey } from '../../controllers/lane-context-controller.js';
import type { NormalizedJourney, NormalizedLane } from '../../model/types.js';
import { sameLaneInputs, windowAdds } from './lane-inputs.js';

/** What the map gave the lane for an update, and which of its values changed. */
export interface MapInputs {
  inMap: boolean;
  journey?: NormalizedJourney;
  window?: ColumnWindow;
  settings?: MapSettings;
  /** The map's values that changed since the lane's last update (`LaneContextController.takeChanged`). */
  fromMap: readonly LaneContextKey[];
}

/** The map's settings a `<stage-lane>` reads (its language, persona filter, selected column, switch markers), and whether it is collapsed. */
export const LANE_SETTINGS: readonly LaneSetting[] = ['locale', 'intlLocale', 'strings', 'persona', 'selectedStepId', 'noSwitches'];

/**
 * Inside a map every lane receives every new version of the document, every new window of drawn
 * columns and every new settings object. An update that changes nothing this lane draws (another
 * lane's text, an emotion, the open customer) and brings no cell of it to draw neither re-renders the
 * lane nor re-measures its cells: `<stage-lane>` asks `skips` in its `shouldUpdate` and tells `drew`
 * what each render in a map drew.
 */
export class LaneUpdateGuard {
  /** What the lane last rendered inside a map: the journey, which steps' cells it drew in full, the settings. */
  private drawn?: { journey: NormalizedJourney; shown: boolean[]; settings?: MapSettings };

  /** `lane`: the lane's kind and field, and its key as the map's window and settings know it. */
  constructor(private readonly lane: () => Pick<NormalizedLane, 'kind' | 'field'> & { key: string }) {}

  /** A render starts: what the lane drew before no longer holds until `drew` says what it draws now. */
  forget(): void {
    this.drawn = undefined;
  }

  /** The lane rendered `journey` inside a map with `settings`, each step's cell in full where `window` shows it. */
  drew(journey: NormalizedJourney, window: ColumnWindow | undefined, settings: MapSettings | undefined): void {
    const key = this.lane().key;
    this.drawn = { journey, settings, shown: journey.steps.map((step) => window?.shows(step, key) ?? true) };
  }

  /**
   * Whether the lane may skip this update: only the map's values changed (`changed`, the lane's own
   * properties, is empty) and not its layout, the lane has drawn in the map, and the map's new values
   * bring neither a change to what the lane reads nor a cell it has not drawn.
   */
  skips(changed: PropertyValues, map: MapInputs): boolean {
    const onlyMap = changed.size === 0 && map.fromMap.length > 0 && map.fromMap.every((key) => key !== 'layout');
    const drawn = this.drawn;
    if (!onlyMap || !drawn || !map.journey || !map.inMap) return false;
    const { key, ...lane } = this.lane();
    return (
      sameLaneSettings(drawn.settings, map.settings, LANE_SETTINGS, key) &&
      sameLaneInputs(drawn.journey, map.journey, lane) &&
      !windowAdds(map.journey.steps, map.window, key, drawn.shown)
    );
  }
}
