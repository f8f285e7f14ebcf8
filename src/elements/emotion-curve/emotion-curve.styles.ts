import { css } from 'lit';
import { errorPanelStyles } from '../shared/error-panel.js';
import { ghostStyles, positionedCellStyles, positionedGhostStyles } from '../shared/ghost-column.js';
import { laneToggleStyles } from '../shared/lane-toggle.js';
import { STANDALONE_LANE } from '../../controllers/lane-context-controller.js';
import { themeStyles } from '../shared/tokens.js';
import { axisStyles } from './axis.styles.js';
import { densityStyles } from './density.styles.js';
import { forcedColorStyles, plotStyles } from './plot.styles.js';

/*
 * Inside a map the lane inherits the map's tokens and colour scheme; only a standalone chart declares
 * them (the same rule as every lane: STANDALONE_LANE), so a host styling the map themes its emotion
 * lane too.
 */
const standaloneTokens = themeStyles(STANDALONE_LANE);

const chartStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--journey-text);
    font: inherit;
  }
  :host([hidden]) {
    display: none;
  }
  :host([role='row']) {
    display: flex;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .chart {
    display: flex;
    flex-direction: column;
    gap: var(--journey-space-2);
    padding: var(--journey-space-2);
    border-radius: var(--journey-radius);
    background: var(--journey-surface);
    color: var(--journey-text);
    /* Persona names and titles with words longer than the chart wrap in the legend and summary. */
    overflow-wrap: anywhere;
  }
  .scroller {
    overflow-x: auto;
    overflow-y: hidden;
    border: 1px solid var(--journey-border);
    border-radius: var(--journey-radius);
    background: var(--journey-surface);
  }
  .axis {
    flex: none;
    position: sticky;
    inset-inline-start: 0;
    z-index: 2;
    background: var(--journey-surface);
    border-inline-end: 1px solid var(--journey-border);
  }
  .plot,
  .lane-body {
    flex: none;
    position: relative;
  }
  .plot:focus {
    outline: none;
  }
  .plot:focus-visible {
    outline: 3px solid var(--journey-focus-ring);
    outline-offset: -3px;
  }
  .traces,
  .plot-svg {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
  }
  .traces {
    color: var(--series-color, var(--journey-individual));
    /* Not an animation: the transition's end tells the element that the colour the canvas is drawn
       in changed (a theme, the system scheme, forced colours, page CSS), so it draws it again. */
    transition: color 1ms step-end;
  }
  /* A few customers' traces as SVG paths (chart-template.ts): the canvas's 1 px round-joined line. */
  .traces--svg {
    overflow: visible;
    pointer-events: none;
  }
  .traces--svg path {
    fill: none;
    stroke: currentColor;
    stroke-width: 1;
    stroke-linejoin: round;
  }
  /* A customer is highlighted (highlight, or the map customer): the others step back. */
  .traces.dimmed {
    opacity: 0.35;
  }
  .plot-svg {
    overflow: visible;
  }

  .ticks {
    position: relative;
    block-size: 100%;
  }
  /* Each label takes its direction from its own text, so "+1" and "-1.5 (Annoyed)" stay readable on
     right-to-left pages. */
  .tick,
  .summary,
  .legend span,
  caption,
  th,
  td {
    unicode-bidi: plaintext;
  }
  /* A scale label wraps only at its spaces: the column is as wide as the longest label (up to
     136 px), and a word still too wide is drawn smaller or shortened (--tick-scale, layout/axis-width.ts
     fitTick), so "Удовлетворённость" never breaks inside the word, with or without a hyphenation
     dictionary. */
  .tick {
    position: absolute;
    inset-inline-end: var(--journey-space-2);
    max-inline-size: calc(100% - var(--journey-space-2) * 1.5);
    transform: translateY(-50%);
    color: var(--journey-muted);
    font-size: calc(0.75em * var(--tick-scale, 1));
    line-height: 1.1;
    text-align: end;
    hyphens: manual;
    overflow-wrap: normal;
  }
  .lane-body .ticks {
    position: absolute;
    inset: 0;
    pointer-events: none;
  }
  .lane-body .tick {
    inset-inline: var(--journey-space-1) auto;
    padding-inline: 2px;
    border-radius: 2px;
    background: var(--journey-surface);
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--journey-space-1) var(--journey-space-3);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: var(--journey-space-1);
  }
  .swatch {
    flex: none;
  }
  .swatch .line {
    stroke-width: 3;
  }
  .summary {
    margin: 0;
    color: var(--journey-muted);
    font-size: 0.875em;
  }
  .empty {
    margin: 0;
    color: var(--journey-muted);
  }
  .table-toggle {
    align-self: flex-start;
    padding: var(--journey-space-1) var(--journey-space-3);
    border: 1px solid var(--journey-border);
    border-radius: var(--journey-chip-radius);
    background: var(--journey-surface);
    color: var(--journey-text);
    font: inherit;
    cursor: pointer;
  }
  .table-toggle:focus-visible {
    outline: 3px solid var(--journey-focus-ring);
    outline-offset: 2px;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    font-size: 0.875em;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: var(--journey-space-1);
  }
  th,
  td {
    padding: var(--journey-space-1) var(--journey-space-2);
    border: 1px solid var(--journey-border);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    background: var(--journey-surface-alt);
  }
  .table__moment {
    font-weight: 400;
    color: var(--journey-moment-of-truth);
  }
`;

/** The lane row inside a map: header and cells styled like `<stage-lane>` rows. */
const rowStyles = css`
  .header {
    flex: none;
    box-sizing: border-box;
    position: sticky;
    inset-inline-start: 0;
    z-index: 2;
    padding: var(--journey-space-2);
    border-inline-end: 1px solid var(--journey-border);
    border-block-end: 1px solid var(--journey-border);
    background: var(--journey-surface-alt);
    outline-offset: -3px;
    /* A lane title with a word longer than the header wraps instead of spilling over the plot. */
    overflow-wrap: anywhere;
  }
  .header .legend {
    flex-direction: column;
    margin-block-start: var(--journey-space-2);
    font-size: 0.8em;
  }
  .toggle {
    position: relative;
    z-index: 1;
  }
  /* In a narrow map's 96 px name column, a legend name too long for its line goes under its swatch. */
  @container (width < 640px) {
    .header .legend li {
      flex-wrap: wrap;
      overflow-wrap: normal;
    }
  }
  .lane-body {
    border-block-end: 1px solid var(--journey-border);
    background: var(--journey-surface);
  }
`;

/** A compared map's ghost cells sit over the plot like the step cells (shared/ghost-column.ts). */
export const emotionCurveStyles = [standaloneTokens, chartStyles, axisStyles, plotStyles, densityStyles, laneToggleStyles, rowStyles, positionedCellStyles, ghostStyles, positionedGhostStyles, ...forcedColorStyles, errorPanelStyles];
