import { fixture, type html } from '@open-wc/testing';
import type { EmotionCurve } from '../../src/elements/emotion-curve/emotion-curve.component.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** A fixture after its ResizeObserver has measured it and the chart has re-rendered at that width. */
export async function curveFixture(template: ReturnType<typeof html>): Promise<EmotionCurve> {
  const element = await fixture<EmotionCurve>(template);
  await frame();
  await frame();
  await element.updateComplete;
  return element;
}
