import type { NormalizedScale } from '../model/types.js';
import { sentimentOf } from './curve.js';

/**
 * The scale label that describes an emotion value: the label of the nearest labelled value, as long as
 * it lies within an eighth of the scale's range (half a point on the default -2..2 scale), so a value
 * of 0 is not called "Delighted" just because only the ends are labelled. The word agrees with the
 * value's marker: only labels on the same side of neutral count (−0.5 beside a negative triangle is
 * "Annoyed" or nothing, never "Neutral"). Ties go to the label nearer the middle of the scale.
 */
export function scaleLabel(scale: NormalizedScale, value: number): string | undefined {
  if (!Number.isFinite(value)) return undefined;
  const tolerance = Math.abs(scale.max - scale.min) / 8;
  const middle = (scale.min + scale.max) / 2;
  const side = sentimentOf(value, scale);
  let best: { label: string; distance: number; fromMiddle: number } | undefined;
  for (const [key, label] of Object.entries(scale.labels)) {
    const point = Number(key);
    if (key.trim() === '' || !Number.isFinite(point) || typeof label !== 'string' || !label.trim()) continue;
    const distance = Math.abs(point - value);
    if (distance > tolerance || sentimentOf(point, scale) !== side) continue;
    const fromMiddle = Math.abs(point - middle);
    if (!best || distance < best.distance || (distance === best.distance && fromMiddle < best.fromMiddle)) {
      best = { label: label.trim(), distance, fromMiddle };
    }
  }
  return best?.label;
}
