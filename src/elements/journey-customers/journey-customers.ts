import { JourneyCustomers } from './journey-customers.component.js';

export { JourneyCustomers };

const tag = 'journey-customers';

if (!customElements.get(tag)) customElements.define(tag, JourneyCustomers);

declare global {
  interface HTMLElementTagNameMap {
    'journey-customers': JourneyCustomers;
  }
}
