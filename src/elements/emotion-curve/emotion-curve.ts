import { EmotionCurve } from './emotion-curve.component.js';

export { EmotionCurve };

const tag = 'emotion-curve';

if (!customElements.get(tag)) customElements.define(tag, EmotionCurve);

declare global {
  interface HTMLElementTagNameMap {
    'emotion-curve': EmotionCurve;
  }
}
