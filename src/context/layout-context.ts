import { createContext } from '@lit/context';
import type { ColumnLayout } from '../layout/types.js';

/** The column layout a `<journey-map>` provides to its lanes. A new object on every change. */
export const layoutContext = createContext<ColumnLayout | undefined>(
  Symbol.for('journey-elements/layout'),
);
