import { OpportunityMatrix } from './opportunity-matrix.component.js';

export { OpportunityMatrix };

const tag = 'opportunity-matrix';

if (!customElements.get(tag)) customElements.define(tag, OpportunityMatrix);

declare global {
  interface HTMLElementTagNameMap {
    'opportunity-matrix': OpportunityMatrix;
  }
}
