// Runs after both copies of the library have loaded (module scripts run in document order): records
// which copy owns the tags, and adds a map created after both loaded, for check-embedding.mjs.
import * as first from '../../dist/journey-elements.bundle.js';
import { phoneSystemJourney } from '../../dist/samples/index.js';

const tags = { 'journey-map': 'JourneyMap', 'stage-lane': 'StageLane', 'persona-card': 'PersonaCard', 'emotion-curve': 'EmotionCurve' };
window.firstCopyWins = Object.entries(tags).every(([tag, name]) => customElements.get(tag) === first[name]);

const late = document.createElement('journey-map');
late.id = 'late';
late.journey = phoneSystemJourney;
document.body.append(late);
