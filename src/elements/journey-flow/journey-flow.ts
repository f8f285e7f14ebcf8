import { JourneyFlow } from './journey-flow.component.js';

export { JourneyFlow };

const tag = 'journey-flow';

if (!customElements.get(tag)) customElements.define(tag, JourneyFlow);

declare global {
  interface HTMLElementTagNameMap {
    'journey-flow': JourneyFlow;
  }
}
