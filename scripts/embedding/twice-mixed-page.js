// Runs in twice-mixed.html after the classic-script build: imports the module bundle (a second copy)
// and records whether it exports the classic script's API, then adds a map created after both.
import * as bundle from '../../dist/journey-elements.bundle.js';

const global = window.JourneyElements;
const tags = { 'journey-map': 'JourneyMap', 'stage-lane': 'StageLane', 'persona-card': 'PersonaCard', 'emotion-curve': 'EmotionCurve' };
window.firstCopyWins = Boolean(global) && Object.entries(tags).every(([tag, name]) => customElements.get(tag) === global[name]);
const names = Object.keys(bundle);
window.sameApi = names.length > 40 && names.every((name) => bundle[name] === global[name]);
window.instanceAcrossCopies = document.createElement('journey-map') instanceof bundle.JourneyMap;

const late = document.createElement('journey-map');
late.id = 'late';
late.journey = bundle.validateJourney({
  schemaVersion: 1,
  title: 'Created after both copies',
  stages: [{ id: 'apply', title: 'Apply', actions: ['Fills in the form'] }],
}).journey;
document.body.append(late);
