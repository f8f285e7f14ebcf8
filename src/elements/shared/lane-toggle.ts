import { css, html, svg, type TemplateResult } from 'lit';
import { mapString } from '../../i18n/map-strings.js';
import type { ColumnLayout } from '../../layout/types.js';
import { styleProps } from './style-props.js';
import { type Translator } from '../../i18n/translator.js';

const chevron = svg`<path d="M6 9l6 6 6-6" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`;

export interface LaneToggleOptions extends Translator {
  /** The lane name, shown as the button's text. */
  title: string;
  collapsed: boolean;
  onToggle: (event: Event) => void;
}

/**
 * The lane name as the collapse/expand button of a lane's row header, the same in every lane kind
 * (`<stage-lane>` and the emotion lane of `<emotion-curve>`): a chevron that turns, a title telling
 * what a click does, and `tabindex="-1"` because the map's grid owns the roving tab stop.
 */
export function renderLaneToggle(options: LaneToggleOptions): TemplateResult {
  const { collapsed } = options;
  return html`<button
    type="button"
    part="toggle"
    class="toggle"
    tabindex="-1"
    aria-expanded=${collapsed ? 'false' : 'true'}
    title=${mapString(options, collapsed ? 'lane.expand' : 'lane.collapse')}
    @click=${options.onToggle}
  >
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${chevron}</svg><span class="title" title=${options.title}
      >${wordBoxes(options.title)}</span
    >
  </button>`;
}

/**
 * A name in the lane-name column (a lane's, the open customer's) as one box per word, spaces between
 * them, so a word wider than the column is cut with "…" (`wordBoxStyles`), never broken inside.
 */
export const wordBoxes = (name: string) => name.split(/(\s+)/).map((part) => (/^\s*$/.test(part) ? part : html`<span class="word">${part}</span>`));

/**
 * Styles of `wordBoxes`: each word on one line within its column, ending in "…" when wider. Each word
 * takes its direction from its own letters, so on a right-to-left page a Cyrillic or Latin word is cut
 * at its end ("Светл…", not "…тлана") and keeps its full stop after it.
 */
export const wordBoxStyles = css`
  .word {
    unicode-bidi: plaintext;
    display: inline-block;
    max-inline-size: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    vertical-align: top;
  }
`;

/**
 * Styles of `renderLaneToggle`: a text-like button whose chevron points along the lane when collapsed;
 * each word of the name its own box (`wordBoxStyles`: a word wider than the name column, at most 28 %
 * of a narrow map, ends in "…"; the whole name is the tooltip and what screen readers read).
 */
export const laneToggleStyles = [
  wordBoxStyles,
  css`
  .toggle {
    display: inline-flex;
    align-items: flex-start;
    gap: var(--journey-space-1);
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 600;
    text-align: start;
    cursor: pointer;
  }
  .toggle {
    max-inline-size: 100%;
  }
  .toggle .title {
    min-inline-size: 0;
  }
  .toggle svg {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
    margin-block-start: 0.15em;
    transition: transform 150ms ease;
  }
  .toggle[aria-expanded='false'] svg {
    transform: rotate(-90deg);
  }
  :host(:dir(rtl)) .toggle[aria-expanded='false'] svg {
    transform: rotate(90deg);
  }
  /* In a narrow map (under 640 px, a 96–105 px name column at 375 px) a smaller name keeps most words whole. */
  @container (width < 640px) {
    .toggle {
      font-size: 0.8125em;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .toggle svg {
      transition: none;
    }
  }
`,
];

/**
 * The row header of a lane drawn as one picture over its step cells (the emotion and flow lanes):
 * named by the lane's title alone, its collapse toggle, then what the lane adds under it.
 */
export function renderPictureRowHeader(layout: ColumnLayout, toggle: LaneToggleOptions, body: unknown): TemplateResult {
  return html`<div
    role="rowheader"
    part="lane-header"
    class="header"
    tabindex="-1"
    aria-colindex="1"
    aria-label=${toggle.title}
    style=${styleProps({ inlineSize: `${layout.headerWidth}px` })}
  >
    ${renderLaneToggle(toggle)}
    ${body}
  </div>`;
}
