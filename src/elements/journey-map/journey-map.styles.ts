import { css } from 'lit';
import { headerStyles, warningsStyles } from './map-header.js';
import { errorPanelStyles } from '../shared/error-panel.js';
import { ghostStyles } from '../shared/ghost-column.js';
import { stepHeaderStyles } from '../shared/step-header.js';
import { themeStyles } from '../shared/tokens.js';
import { customerLaneStyles } from './customer-lane.js';
import { wordBoxStyles } from '../shared/lane-toggle.js';
import { compareStyles } from './map-compare.js';
import { filterStyles } from './map-filter.js';
import { freshnessStyles } from './map-freshness.js';
import { overviewStyles } from './map-overview.js';

export const journeyMapStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--journey-text);
    background: var(--journey-surface);
  }
  :host([hidden]) {
    display: none;
  }
  /* An editable map whose editor could not be loaded (the editor's own styles come with it). */
  .edit-unavailable {
    margin-block: var(--journey-space-1);
    color: var(--journey-bad);
    font-weight: 600;
  }

  .header {
    display: flex;
    flex-direction: column;
    gap: var(--journey-space-2);
    padding-block-end: var(--journey-space-3);
    /* Titles, goals and names with words longer than the map wrap instead of widening the page. */
    overflow-wrap: anywhere;
    /* A narrow header collapses its details (map-header.ts headerStyles). */
    container: map-header / inline-size;
  }
  .title-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--journey-space-2) var(--journey-space-3);
  }
  .title {
    margin: 0;
    font-size: 1.4em;
    line-height: 1.25;
  }
  .badge {
    display: inline-block;
    padding: 0.1em 0.6em;
    border: 1px solid var(--journey-accent);
    border-radius: 999px;
    color: var(--journey-accent);
    font-size: 0.8em;
    font-weight: 600;
  }
  .badge--future {
    background: var(--journey-accent);
    color: var(--journey-on-accent);
  }
  .goal,
  .description {
    margin: 0;
    max-inline-size: 80ch;
  }
  .description {
    color: var(--journey-muted);
  }
  .personas {
    display: flex;
    flex-wrap: wrap;
    gap: var(--journey-space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .persona {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--journey-space-1);
  }
  /*
   * The card itself opens the profile: the button lies over the whole card (its name, "Profile of …",
   * is for screen readers), so the header does not repeat every persona under its card. Only the
   * card: an editable map's "Edit" button below it, and the space beside that, do not open it.
   */
  .persona__open {
    position: relative;
  }
  .persona-button {
    position: absolute;
    inset: 0;
    margin: 0;
    padding: 0;
    border: 0;
    border-radius: var(--journey-radius);
    background: none;
    cursor: pointer;
  }
  .persona__open:hover persona-card::part(card) {
    border-color: var(--journey-accent);
  }
  .warnings__dismiss,
  .dialog__close {
    padding: 0.2em 0.7em;
    border: 1px solid var(--journey-border);
    border-radius: var(--journey-chip-radius);
    background: var(--journey-surface);
    color: var(--journey-accent);
    font: inherit;
    font-size: 0.85em;
    cursor: pointer;
  }
  .persona-button:focus-visible,
  .warnings__dismiss:focus-visible,
  .dialog__close:focus-visible,
  .warnings summary:focus-visible {
    outline: 3px solid var(--journey-focus-ring);
    outline-offset: 2px;
  }
  .dialog {
    max-inline-size: min(40rem, 90vw);
    padding: var(--journey-space-3);
    border: 1px solid var(--journey-border);
    border-radius: var(--journey-radius);
    background: var(--journey-surface);
    color: var(--journey-text);
  }
  .dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .dialog__actions {
    display: flex;
    justify-content: flex-end;
    margin-block-start: var(--journey-space-2);
  }

  ${warningsStyles}
  ${headerStyles}

  .loading {
    padding: var(--journey-space-3);
    color: var(--journey-muted);
  }
  .notice {
    padding: var(--journey-space-3);
    border: 1px solid var(--journey-border);
    border-radius: var(--journey-radius);
    background: var(--journey-surface-alt);
    overflow-wrap: anywhere;
  }

  .scroller {
    /* Positioned, so visually hidden text deep in the grid is clipped here, not by the page. */
    position: relative;
    box-sizing: border-box;
    overflow: auto;
    max-block-size: var(--journey-max-block-size);
    border: 1px solid var(--journey-border);
    border-radius: var(--journey-radius);
    background: var(--journey-surface);
  }
  /*
   * A narrow map (under 640 px, layout/narrow.ts: the same width the columns are laid out to) shows one
   * step column at a time: the scroller is the query container, and step headers become snap points,
   * so a swipe or a scroll stops at the start of a column (no snap points, no snapping, when wide).
   */
  .scroller {
    container-type: inline-size;
    scroll-snap-type: x mandatory;
  }
  @container (width < 640px) {
    .step-row > .step {
      scroll-snap-align: start;
    }
    .corner {
      font-size: 0.8em;
    }
    /* A stage's title and description wrap within the one column in view, not the whole stage. */
    .stage > .stage__title,
    .stage > .stage__description {
      inset-inline-start: calc(var(--_journey-header-width, min(var(--journey-header-width), 96px)) + var(--journey-space-2));
      max-inline-size: min(100%, calc(var(--_journey-column-width) - 2 * var(--journey-space-2)));
    }
  }
  .scroller:focus-visible {
    outline: 3px solid var(--journey-focus-ring);
    outline-offset: 2px;
  }
  .grid {
    box-sizing: border-box;
  }
  .head {
    position: sticky;
    inset-block-start: 0;
    z-index: 3;
  }
  .stage-row,
  .step-row {
    display: flex;
  }
  .corner,
  .stage {
    flex: none;
    box-sizing: border-box;
    padding: var(--journey-space-2);
    border-inline-end: 1px solid var(--journey-border);
    border-block-end: 1px solid var(--journey-border);
    outline-offset: -3px;
  }
  .corner {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    background: var(--journey-surface-alt);
    color: var(--journey-muted);
    font-size: 0.85em;
    font-weight: 600;
  }
  .stage {
    display: flex;
    flex-direction: column;
    gap: var(--journey-space-1);
    background: var(--journey-stage-background);
    font-weight: 700;
  }
  .stage__title,
  .stage__description {
    /* Long stages keep their title in view while the grid scrolls sideways. */
    position: sticky;
    inset-inline-start: calc(var(--journey-header-width) + var(--journey-space-2));
    /* As wide as the text (so it can slide), but never wider than the stage: long words wrap. */
    align-self: flex-start;
    max-inline-size: 100%;
    overflow-wrap: anywhere;
  }
  .stage__description {
    color: var(--journey-muted);
    font-size: 0.85em;
    font-weight: 400;
    /*
     * Two lines at most, so one long description in a narrow stage does not make the whole stage row
     * tall; the full text is the header's tooltip, is read by screen readers, and shows on focus.
     */
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    overflow: hidden;
  }
  .stage:focus .stage__description {
    -webkit-line-clamp: unset;
    line-clamp: none;
  }
  .corner:focus-visible,
  .stage:focus-visible {
    outline: 3px solid var(--journey-focus-ring);
  }
  .lanes {
    display: block;
  }
  /*
   * Each row paints in its own space: a row inserted or grown above (the open customer's lane, a
   * capped cell opened) moves the rows under it without repainting them (Chrome re-records only the
   * moved rows' offsets: prepaint and paint of opening a customer 14.5 -> 6.9 ms). Nothing in a row
   * draws outside it.
   */
  .lanes > [role='row'],
  ::slotted([role='row']) {
    contain: paint;
  }

  /*
   * Paper cannot scroll: the grid grows to its full height, the sticky parts stay in place, the
   * columns are laid out to the print width (PrintController), colours print as on screen (light
   * theme, because paper is white), and rows avoid breaking across pages. The page itself sets
   * @page { size: A3 landscape } (a shadow root cannot); see docs/export.md.
   */
  @media print {
    :host,
    :host([theme]) {
      color-scheme: light;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .scroller {
      overflow: visible;
      max-block-size: none;
      border-radius: 0;
    }
    .head,
    .corner,
    .stage__title,
    .stage__description {
      position: static;
    }
    .stage__description {
      -webkit-line-clamp: unset;
      line-clamp: none;
    }
    .head,
    .lanes > *,
    ::slotted(*) {
      break-inside: avoid;
    }
    .head {
      break-after: avoid;
    }
    .persona-button,
    .warnings__dismiss,
    .dialog {
      display: none;
    }
  }

  @media (forced-colors: active) {
    .badge--future {
      border-color: CanvasText;
    }
    .corner:focus-visible,
    .stage:focus-visible {
      outline-color: CanvasText;
    }
  }
`;

/** Every style sheet of `<journey-map>`: its theme, its own rules and those of its parts. */
export const journeyMapStyleSheets = [
  themeStyles(),
  journeyMapStyles,
  stepHeaderStyles,
  errorPanelStyles,
  freshnessStyles,
  compareStyles,
  ghostStyles,
  filterStyles,
  customerLaneStyles,
  wordBoxStyles,
  overviewStyles,
];
