import { createContext } from '@lit/context';
import type { NormalizedStep } from '../model/types.js';

/**
 * Which cells a `<journey-map>` has its lanes draw in full right now. A map draws the step columns
 * and the lanes in view first and the others in the next idle moments, so a first render costs what
 * the screen shows; until then a cell is present (role, indices, ids) but empty. A new object
 * whenever a column or a lane is added. Lanes without this context (a lane on its own) draw every cell.
 */
export interface ColumnWindow {
  /** Whether the step's column is drawn; with a lane's key, whether that lane's cell in it is. */
  shows(step: NormalizedStep, lane?: string): boolean;
}

export const columnWindowContext = createContext<ColumnWindow | undefined>(
  Symbol.for('journey-elements/column-window'),
);
