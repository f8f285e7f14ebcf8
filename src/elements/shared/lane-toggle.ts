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
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${chevron}</svg><span class="title">${options.title}</span>
  </button>`;
}

/** Styles of `renderLaneToggle`: a text-like button whose chevron points along the lane when collapsed. */
export const laneToggleStyles = css`
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
  /* A lane name hyphenates where its language is known, instead of breaking at the edge mid-word. */
  .toggle .title {
    hyphens: auto;
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
  /* In a narrow map (under 640 px, a 96 px name column) a smaller name keeps most words whole. */
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
`;

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
