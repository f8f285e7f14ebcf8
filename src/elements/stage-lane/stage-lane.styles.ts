import { css } from 'lit';
import { STANDALONE_LANE } from '../../controllers/lane-context-controller.js';
import { errorPanelStyles } from '../shared/error-panel.js';
import { ghostStyles } from '../shared/ghost-column.js';
import { laneToggleStyles } from '../shared/lane-toggle.js';
import { stepHeaderStyles } from '../shared/step-header.js';
import { themeStyles } from '../shared/tokens.js';
import { cellClipStyles } from './cell-clip.js';
import { metricHistoryStyles } from './cells/metric-history.js';
import { painLegendStyles } from './cells/pain-legend.js';
import { readingCellStyles } from './cells/reading.styles.js';
import { switchLegendStyles } from './cells/switch-legend.js';
import { laneCellStyles } from './lane-cells.js';

export const stageLaneStyles = css`
  :host {
    display: flex;
    box-sizing: border-box;
    color: var(--journey-text);
  }
  /* A standalone lane is a grid of its own, not a row. */
  :host(:not([role='row'])) {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  :host([kind='backstage']) {
    border-block-start: 2px dashed var(--journey-visibility-line);
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
  .scroller:focus-visible {
    outline: 3px solid var(--journey-focus-ring);
  }
  .grid {
    box-sizing: border-box;
  }
  .head,
  .row {
    display: flex;
  }
  .head {
    position: sticky;
    inset-block-start: 0;
    z-index: 2;
  }
  .row--backstage {
    border-block-start: 2px dashed var(--journey-visibility-line);
  }

  .corner,
  .header {
    flex: none;
    box-sizing: border-box;
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    padding: var(--journey-space-2);
    border-inline-end: 1px solid var(--journey-border);
    border-block-end: 1px solid var(--journey-border);
    background: var(--journey-surface-alt);
    outline-offset: -3px;
  }
  .corner {
    z-index: 3;
    color: var(--journey-muted);
    font-size: 0.85em;
    font-weight: 600;
  }
  .header {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--journey-space-1);
    /* A lane title with a word longer than the header wraps instead of spilling over the cells. */
    overflow-wrap: anywhere;
  }
  .visibility {
    color: var(--journey-muted);
    font-size: 0.75em;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }

  .cell {
    flex: none;
    box-sizing: border-box;
    /* Set on the grid (shared/grid-size.ts) from the column layout; inherited into every lane. */
    inline-size: var(--_journey-column-width);
    padding: var(--journey-space-2);
    border-inline-end: 1px solid var(--journey-border);
    border-block-end: 1px solid var(--journey-border);
    background: var(--journey-surface);
    outline-offset: -3px;
    cursor: pointer;
  }
  .cell.selected {
    background: var(--journey-selection);
    box-shadow:
      inset 2px 0 0 var(--journey-accent),
      inset -2px 0 0 var(--journey-accent);
  }
  .header:focus-visible,
  .cell:focus-visible,
  .corner:focus-visible {
    outline: 3px solid var(--journey-focus-ring);
  }

  @media (forced-colors: active) {
    .cell.selected {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
    .header:focus-visible,
    .cell:focus-visible,
    .corner:focus-visible {
      outline-color: CanvasText;
    }
  }
`;

/** Every style sheet of `<stage-lane>`. A lane inside a map inherits the map's tokens and colour scheme; only a standalone lane owns them. */
export const stageLaneStyleSheets = [
  themeStyles(STANDALONE_LANE),
  laneToggleStyles,
  stageLaneStyles,
  stepHeaderStyles,
  errorPanelStyles,
  laneCellStyles,
  metricHistoryStyles,
  readingCellStyles,
  painLegendStyles,
  switchLegendStyles,
  ghostStyles,
  cellClipStyles,
];
