/**
 * The small pieces of Mermaid's text rules that both directions share: the score ↔ emotion mapping
 * and entity codes (`#35;` for `#`), which Mermaid decodes in every diagram before it parses it.
 */

/** The emotion range scores map onto: the document's scale, by default −2 … +2. */
export interface ScoreScale {
  min: number;
  max: number;
}

export const DEFAULT_SCORE_SCALE: ScoreScale = { min: -2, max: 2 };

/** Mermaid's score range: 1 (the worst face) to 5 (the best). */
export const MIN_SCORE = 1;
export const MAX_SCORE = 5;

/** A Mermaid score (1–5) as an emotion on `scale`, linearly: 1 → min, 3 → the middle, 5 → max. */
export function scoreToEmotion(score: number, scale: ScoreScale = DEFAULT_SCORE_SCALE): number {
  return scale.min + ((score - MIN_SCORE) / (MAX_SCORE - MIN_SCORE)) * (scale.max - scale.min);
}

/** An emotion on `scale` as the nearest Mermaid score, 1–5 (the inverse of `scoreToEmotion`, rounded). */
export function emotionToScore(emotion: number, scale: ScoreScale = DEFAULT_SCORE_SCALE): number {
  const score = Math.round(MIN_SCORE + ((emotion - scale.min) / (scale.max - scale.min)) * (MAX_SCORE - MIN_SCORE));
  return Math.min(MAX_SCORE, Math.max(MIN_SCORE, Number.isFinite(score) ? score : 3));
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** An entity code starting at a `#`: `#35;` (a code point) or `#quot;` (a name). */
export const ENTITY = /#(\d+|[a-z]+);/iy;

/** Replaces entity codes with their characters; unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/#(\d+|[a-z]+);/gi, (match, code: string) => {
    if (/^\d+$/.test(code)) {
      const point = Number(code);
      return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : match;
    }
    return NAMED_ENTITIES[code.toLowerCase()] ?? match;
  });
}

/** `text` on one line with every character of `special` (and `#`) written as an entity code. */
export function encodeText(text: string, special: string): string {
  let out = '';
  for (const char of text.replace(/[\r\n]+/g, ' ').trim()) {
    out += char === '#' || special.includes(char) ? `#${char.codePointAt(0)};` : char;
  }
  return out;
}
