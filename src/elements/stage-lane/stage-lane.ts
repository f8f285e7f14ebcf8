import { StageLane } from './stage-lane.component.js';
import { ensureContextRoot } from '../shared/context-root.js';

export { StageLane };

ensureContextRoot();
if (!customElements.get('stage-lane')) customElements.define('stage-lane', StageLane);

declare global {
  interface HTMLElementTagNameMap {
    'stage-lane': StageLane;
  }
}
