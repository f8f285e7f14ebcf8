import { createContext } from '@lit/context';
import type { NormalizedJourney } from '../model/types.js';

/** The normalized journey a `<journey-map>` provides to its lanes. A new object on every change. */
export const journeyContext = createContext<NormalizedJourney | undefined>(
  Symbol.for('journey-elements/journey'),
);
