import { PersonaCard } from './persona-card.component.js';

export { PersonaCard };

const tag = 'persona-card';

if (!customElements.get(tag)) customElements.define(tag, PersonaCard);

declare global {
  interface HTMLElementTagNameMap {
    'persona-card': PersonaCard;
  }
}
