import { createContext } from '@lit/context';
import type { NormalizedStep } from '../model/types.js';

/**
 * Which step columns a `<journey-map>` has its lanes draw in full right now. A map draws the columns
 * in view first and the others in the next idle moments, so a first render costs what the screen
 * shows; until then a column's cells are present (roles, indices, ids) but empty. A new object
 * whenever a column is added. Lanes without this context (a lane on its own) draw every column.
 */
export interface ColumnWindow {
  shows(step: NormalizedStep): boolean;
}

export const columnWindowContext = createContext<ColumnWindow | undefined>(
  Symbol.for('journey-elements/column-window'),
);
