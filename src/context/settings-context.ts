import { createContext } from '@lit/context';
import type { Translator } from '../i18n/translator.js';

/** View settings a `<journey-map>` shares with its lanes. A new object on every change. */
export interface MapSettings extends Translator {
  /** Persona id to filter by, or undefined for all personas. */
  persona?: string;
  /** The selected column's step id, if any. */
  selectedStepId?: string;
  /** `traces` of the map: how the emotion lane draws customers (`auto`, `lines`, `density`). */
  traces?: string;
  /** The `customer` of the map: the emotion lane draws their trace over the others. */
  customer?: string;
  /** The map's `no-switches`: no switch markers in its touchpoint lane. */
  noSwitches?: boolean;
  /** `stall-after` of the map: days after which a counted customer's last step is a drop-off (the flow lane). */
  stallAfter?: number;
  /** Lane keys that are collapsed. */
  collapsed: ReadonlySet<string>;
}

export const settingsContext = createContext<MapSettings | undefined>(
  Symbol.for('journey-elements/settings'),
);
