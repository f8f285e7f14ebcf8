import { JourneyMap } from './journey-map.component.js';
import { ensureContextRoot } from '../shared/context-root.js';
// The map draws its default lanes and personas with these elements.
import '../stage-lane/stage-lane.js';
import '../persona-card/persona-card.js';

export { JourneyMap };

ensureContextRoot();
if (!customElements.get('journey-map')) customElements.define('journey-map', JourneyMap);

declare global {
  interface HTMLElementTagNameMap {
    'journey-map': JourneyMap;
  }
}
