import type { PropertyValues } from 'lit';
import type { ColumnWindow } from '../../context/column-window-context.js';
import type { LaneContextKey } from '../../controllers/lane-context-controller.js';
import type { NormalizedJourney, NormalizedLane } from '../../model/types.js';
import { sameLaneInputs, windowAdds } from './lane-inputs.js';

/** What the map gave the lane for an update: its journey and window, and which of its values changed. */
export interface MapInputs {
  inMap: boolean;
  journey?: NormalizedJourney;
  window?: ColumnWindow;
  /** The map's values that changed since the lane's last update (`LaneContextController.takeChanged`). */
  fromMap: readonly LaneContextKey[];
}

/**
 * Inside a map every lane receives every new version of the document and every new window of drawn
 * columns. An update that changes nothing this lane draws (another lane's text, an emotion) and brings
 * no cell of it to draw neither re-renders the lane nor re-measures its cells: `<stage-lane>` asks
 * `skips` in its `shouldUpdate` and tells `drew` what each render in a map drew.
 */
export class LaneUpdateGuard {
  /** The journey the lane last rendered inside a map, and which of its steps' cells it drew in full. */
  private drawn?: { journey: NormalizedJourney; shown: boolean[] };

  /** `lane`: the lane's kind and field, and its key as the map's window knows it. */
  constructor(private readonly lane: () => Pick<NormalizedLane, 'kind' | 'field'> & { key: string }) {}

  /** A render starts: what the lane drew before no longer holds until `drew` says what it draws now. */
  forget(): void {
    this.drawn = undefined;
  }

  /** The lane rendered `journey` inside a map, each step's cell in full where `window` shows it. */
  drew(journey: NormalizedJourney, window: ColumnWindow | undefined): void {
    const key = this.lane().key;
    this.drawn = { journey, shown: journey.steps.map((step) => window?.shows(step, key) ?? true) };
  }

  /**
   * Whether the lane may skip this update: only the map's journey or window changed (`changed`, the
   * lane's own properties, is empty), the lane has drawn in the map, and the new journey brings neither
   * a change to what the lane reads nor a cell it has not drawn.
   */
  skips(changed: PropertyValues, map: MapInputs): boolean {
    const onlyMap = changed.size === 0 && map.fromMap.length > 0 && map.fromMap.every((key) => key === 'journey' || key === 'window');
    const drawn = this.drawn;
    if (!onlyMap || !drawn || !map.journey || !map.inMap) return false;
    const { key, ...lane } = this.lane();
    return sameLaneInputs(drawn.journey, map.journey, lane) && !windowAdds(map.journey.steps, map.window, key, drawn.shown);
  }
}
