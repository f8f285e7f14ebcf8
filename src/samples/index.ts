/**
 * Sample journeys, written to read like a real team's research maps. Published separately
 * (`journey-elements/samples.js`) so the main entry point stays small.
 */
import type { JourneyDocument } from '../model/types.js';
import { bankCardJourneyRu } from './bank-card-ru.js';
import { partnerProgrammeJourneyRo } from './partner-programme-ro.js';
import { phoneSystemFutureJourney } from './phone-system-future.js';
import { phoneSystemJourney } from './phone-system.js';

export { bankCardJourneyRu, partnerProgrammeJourneyRo, phoneSystemFutureJourney, phoneSystemJourney };
export { customersSample, generateIndividuals, phoneSystemWithIndividuals, seededRandom } from './individuals.js';
export type { GenerateIndividualsOptions } from './individuals.js';
export { generateLargeJourney } from './large.js';
export type { LargeJourneyOptions } from './large.js';

export type SampleJourneyName = 'phone-system' | 'phone-system-future' | 'bank-card-ru' | 'partner-programme-ro';

/** The hand-written samples by name, for stories and demo pages. */
export const sampleJourneys: Readonly<Record<SampleJourneyName, JourneyDocument>> = {
  'phone-system': phoneSystemJourney,
  'phone-system-future': phoneSystemFutureJourney,
  'bank-card-ru': bankCardJourneyRu,
  'partner-programme-ro': partnerProgrammeJourneyRo,
};
