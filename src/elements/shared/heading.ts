import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** A heading level an element can be told to use so it fits the host page's outline. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** Clamps any input (an attribute string, NaN, 9) to a valid heading level, `fallback` when unusable. */
export function headingLevel(value: unknown, fallback: HeadingLevel = 3): HeadingLevel {
  const level = Math.round(Number(value));
  return Number.isFinite(level) && level >= 1 ? (Math.min(level, 6) as HeadingLevel) : fallback;
}

/**
 * A native heading of the given level. Native elements rather than role="heading", so reader modes
 * and outline tools see them; the tag is chosen from this fixed table, never built from strings.
 */
export function heading(level: HeadingLevel, content: unknown, part: string, id?: string): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 part=${part} class=${part} id=${ifDefined(id)}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} class=${part} id=${ifDefined(id)}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} class=${part} id=${ifDefined(id)}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class=${part} id=${ifDefined(id)}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${part} id=${ifDefined(id)}>${content}</h5>`;
    default:
      return html`<h6 part=${part} class=${part} id=${ifDefined(id)}>${content}</h6>`;
  }
}
