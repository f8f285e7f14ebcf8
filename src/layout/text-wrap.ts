/**
 * Cuts a word longer than a line into pieces of `limit` characters; the last piece may be shorter.
 * It cuts between code points, never inside a surrogate pair: half an emoji is not XML and would be
 * dropped from the export.
 */
function pieces(word: string, limit: number, measure: Measure): string[] {
  // Most words fit a line: one measure, not one per character.
  if (measure(word) <= limit) return [word];
  if (measure === codeUnits) {
    const chars = Array.from(word);
    const parts: string[] = [];
    for (let start = 0; start < chars.length; start += limit) parts.push(chars.slice(start, start + limit).join(''));
    return parts;
  }
  const parts: string[] = [];
  let part = '';
  for (const char of word) {
    if (part !== '' && measure(part + char) > limit) {
      parts.push(part);
      part = '';
    }
    part += char;
  }
  parts.push(part);
  return parts;
}

/** The width of a text in the units of the line limit; by default its length in UTF-16 code units. */
export type Measure = (text: string) => number;

const codeUnits: Measure = (text) => text.length;

/**
 * Splits text into lines of at most `maxChars` characters, at spaces where it can and inside a word
 * only when the word alone is longer than a line. Line feeds in the text always start a new line.
 * Exports have no layout engine to measure text, so a character budget per line (from the column
 * width and an average glyph width) stands in for it, unless the caller passes a `measure` (the
 * export measures with a canvas in the browser) and a limit in the same units. Characters are UTF-16 code units, so a rare
 * astral character may count twice; it only makes a line a little shorter.
 */
export function wrapText(text: string, maxChars: number, measure: Measure = codeUnits): string[] {
  const limit = measure === codeUnits ? Math.max(1, Math.floor(Number.isFinite(maxChars) ? maxChars : 1)) : Math.max(1, Number.isFinite(maxChars) ? maxChars : 1);
  const lines: string[] = [];
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line !== '' && measure(`${line} ${word}`) <= limit) {
        line += ` ${word}`;
        continue;
      }
      if (line !== '') lines.push(line);
      const parts = pieces(word, limit, measure);
      lines.push(...parts.slice(0, -1));
      line = parts[parts.length - 1];
    }
    if (line !== '' || paragraph.trim() === '') lines.push(line);
  }
  return lines.length === 1 && lines[0] === '' ? [] : lines;
}

/**
 * At most `maxLines` lines of `text` (wrapped as `wrapText` does, in the same units), the last one
 * ending in an ellipsis and cut to fit when the text needs more: what a CSS line clamp shows, for
 * SVG text that cannot clamp itself. `cut` says whether anything was left out.
 */
export function clampLines(text: string, width: number, measure: Measure = codeUnits, maxLines = 2): { lines: string[]; cut: boolean } {
  const lines = wrapText(text, width, measure);
  if (lines.length <= maxLines) return { lines, cut: false };
  const last = Array.from(lines[maxLines - 1]);
  const ended = () => `${last.join('').trimEnd()}\u2026`;
  while (last.length > 0 && measure(ended()) > width) last.pop();
  return { lines: [...lines.slice(0, maxLines - 1), ended()], cut: true };
}

const RTL_LETTER = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}]/u;
const LETTER = /\p{L}/u;

/**
 * The base direction of a text from its first letter (the Unicode bidi "first strong" rule, letters
 * only): 'rtl' for Hebrew, Arabic and other right-to-left scripts, else 'ltr'. An export has no
 * `dir="auto"`, so each text block gets its direction from this.
 */
export function textDirection(text: string): 'ltr' | 'rtl' {
  const first = LETTER.exec(text)?.[0];
  return first !== undefined && RTL_LETTER.test(first) ? 'rtl' : 'ltr';
}
