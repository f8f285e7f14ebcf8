// nonce/index.html: both copies of the module bundle are imported (the second from copy2/, its own
// files); the second must export the first copy's API and evaluate nothing of its own.
import * as first from './journey-elements.bundle.js';
import * as second from './copy2/journey-elements.bundle.js';

const names = Object.keys(first);
window.sameApi = names.length > 40 && names.length === Object.keys(second).length && names.every((name) => second[name] === first[name]);
window.instanceAcrossCopies = document.createElement('journey-map') instanceof second.JourneyMap;
window.firstCopyWins = customElements.get('journey-map') === first.JourneyMap;
