// Runs after both copies of the library have loaded (module scripts run in document order): records
// which copy owns the tags and, when the second copy is the one-file bundle too (a script marked
// `data-copy="second"`), whether it exports the first copy's API; then adds a map created after both
// loaded, for check-embedding.mjs.
import * as first from '../../dist/journey-elements.bundle.js';
import { phoneSystemJourney } from '../../dist/samples/index.js';

const tags = { 'journey-map': 'JourneyMap', 'stage-lane': 'StageLane', 'persona-card': 'PersonaCard', 'emotion-curve': 'EmotionCurve' };
window.firstCopyWins = Object.entries(tags).every(([tag, name]) => customElements.get(tag) === first[name]);

const secondCopy = document.querySelector('script[data-copy="second"]');
if (secondCopy) {
  // The same URL as the script above: the module already evaluated, not a third copy.
  const second = await import(secondCopy.src);
  const names = Object.keys(first);
  window.sameApi = names.length > 40 && names.length === Object.keys(second).length && names.every((name) => second[name] === first[name]);
  window.instanceAcrossCopies = document.createElement('journey-map') instanceof second.JourneyMap;
}

const late = document.createElement('journey-map');
late.id = 'late';
late.journey = phoneSystemJourney;
document.body.append(late);
