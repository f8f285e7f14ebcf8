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

/** A setting a lane may read; `collapsed` is read as whether the lane's own key is in it. */
export type LaneSetting = Exclude<keyof MapSettings, 'collapsed'>;

/**
 * Whether a lane (key `laneKey`) that reads `fields` of the map's settings draws the same with `a` as
 * with `b`: those fields are the same, and the lane is collapsed in both or in neither. Opening a
 * customer gives every lane new settings that only the emotion lane reads; the others skip the update.
 */
export function sameLaneSettings(a: MapSettings | undefined, b: MapSettings | undefined, fields: readonly LaneSetting[], laneKey: string): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.collapsed.has(laneKey) === b.collapsed.has(laneKey) && fields.every((field) => a[field] === b[field]);
}

export const settingsContext = createContext<MapSettings | undefined>(
  Symbol.for('journey-elements/settings'),
);
