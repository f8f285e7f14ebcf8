import type { JourneyDocument } from '../../src/model/types.js';
import { laptopJourney } from '../elements/map-fixture.js';

/** The laptop journey with owners, severities and a team's own category, so every criterion has something to match. */
export function filterJourney(): JourneyDocument {
  const doc = laptopJourney();
  const [search, ask] = doc.stages[0].steps!;
  const [order] = doc.stages[1].steps!;
  search.touchpoints = [{ channel: 'web', text: 'Shop pages', owner: 'Web team' }];
  search.opportunities = [{ text: 'Call-back button', owner: 'sales' }];
  ask.owner = 'Sales';
  ask.painPoints = [
    { text: 'Long wait on the line', category: 'process', persona: 'ana', severity: 4 },
    { text: 'Price is unclear', category: 'financial', persona: 'bo', severity: 2 },
  ];
  order.painPoints = [{ text: 'Invoice comes late', category: 'Billing delays', persona: 'bo', severity: 5 }];
  order.opportunities = [{ text: 'Invoice at checkout', owner: 'Billing' }];
  return doc;
}
