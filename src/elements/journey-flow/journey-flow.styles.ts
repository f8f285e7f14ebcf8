import { css } from 'lit';
import { errorPanelStyles } from '../shared/error-panel.js';
import { ghostStyles, positionedCellStyles, positionedGhostStyles } from '../shared/ghost-column.js';
import { laneToggleStyles } from '../shared/lane-toggle.js';
import { warningsStyles } from '../journey-map/map-header.js';
import { themeStyles } from '../shared/tokens.js';
import { STANDALONE_LANE } from '../../controllers/lane-context-controller.js';
import { flowRowStyles } from './flow-row.js';

const flowStyles = css`
  :host {
    display: block;
    color: var(--journey-text);
    background: var(--journey-surface);
    font: inherit;
    --flow-link: var(--journey-visibility-line);
    --flow-main: var(--journey-accent);
    --flow-loop: var(--journey-series-2);
    --flow-exit: var(--journey-bad);
  }
  :host([hidden]) {
    display: none;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .scroller {
    overflow-x: auto;
    overscroll-behavior-x: contain;
  }
  /* Wider than its room: the far edge fades, a sign there is more to scroll to; where scroll-driven
     animations exist the fade leaves as the reader reaches the end. */
  .scroller--more {
    mask-image: linear-gradient(to right, #000 calc(100% - 40px), transparent);
    mask-size: calc(100% + 40px) 100%;
    mask-repeat: no-repeat;
    mask-position: -40px 0;
    animation: flow-more linear both;
    animation-timeline: scroll(self inline);
  }
  :host(:dir(rtl)) .scroller--more {
    mask-image: linear-gradient(to left, #000 calc(100% - 40px), transparent);
    mask-position: 0 0;
    animation-name: flow-more-rtl;
  }
  @keyframes flow-more {
    to {
      mask-position: 0 0;
    }
  }
  @keyframes flow-more-rtl {
    to {
      mask-position: -40px 0;
    }
  }
  /* Everything in the drawing is placed in physical pixels from the layout, which mirrors itself for RTL. */
  .stages,
  .canvas {
    position: relative;
    direction: ltr;
  }
  .stages {
    block-size: 1.6em;
  }
  .stage-label {
    position: absolute;
    inset-block-start: 0;
    box-sizing: border-box;
    padding-inline: var(--journey-space-2);
    overflow: hidden;
    color: var(--journey-muted);
    font-size: 0.8em;
    font-weight: 600;
    letter-spacing: 0.02em;
    text-transform: uppercase;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  /* Physical on purpose: the canvas is direction: ltr and the layout mirrors x itself (mirrorColumns). */
  :host(:dir(rtl)) .stage-label {
    text-align: right;
  }
  .canvas {
    outline: none;
    border-radius: var(--journey-radius);
  }
  .canvas:focus-visible {
    outline: 3px solid var(--journey-focus-ring);
    outline-offset: 2px;
  }
  .svg {
    position: absolute;
    inset-block-start: 0;
    /* Physical: the drawing's x are already mirrored for right-to-left pages. */
    left: 0;
    overflow: visible;
  }
  .band {
    fill: transparent;
  }
  .band--odd {
    fill: var(--journey-stage-background);
    fill-opacity: 0.35;
  }
  .link__hit {
    fill: none;
    stroke: transparent;
    pointer-events: stroke;
    cursor: pointer;
  }
  /* A link is its stroke (.link) and its arrowhead (.arrow), side by side: no group per link. */
  .link,
  .exit__stroke {
    fill: none;
    stroke: var(--flow-link);
    stroke-opacity: 0.55;
    pointer-events: none;
  }
  .arrow,
  .exit__arrow {
    fill: var(--flow-link);
    pointer-events: none;
  }
  .link--main {
    stroke: var(--flow-main);
    stroke-opacity: 0.8;
  }
  .arrow--main {
    fill: var(--flow-main);
  }
  .link--loop {
    stroke: var(--flow-loop);
  }
  .arrow--loop {
    fill: var(--flow-loop);
  }
  .link--unplanned {
    stroke-dasharray: 6 4;
  }
  .exit__stroke {
    stroke: var(--flow-exit);
  }
  .exit__arrow {
    fill: var(--flow-exit);
  }
  .link--lit {
    stroke-opacity: 0.95;
  }
  .link--faded,
  .arrow--faded,
  .exit--faded {
    opacity: 0.25;
  }
  .focus-ring {
    fill: none;
    stroke: var(--journey-focus-ring);
    stroke-opacity: 0.35;
    pointer-events: none;
  }
  .node {
    fill: var(--journey-step-background);
    stroke: var(--journey-border);
    stroke-width: 1;
  }
  .node--lit {
    stroke: var(--flow-main);
    stroke-width: 2;
  }
  .node--focused {
    stroke: var(--journey-focus-ring);
    stroke-width: 3;
  }
  .figure {
    fill: var(--journey-text);
    font-size: 11px;
    font-variant-numeric: tabular-nums;
    text-anchor: middle;
    paint-order: stroke;
    stroke: var(--journey-surface);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .figure--main {
    font-weight: 700;
  }
  /* SVG text, wrapped by flow-drawing.ts to the node at this size (two lines 1.2 apart, 6 px clear of its sides). */
  .node-label {
    fill: var(--journey-text);
    font-size: 12px;
    text-anchor: middle;
    cursor: pointer;
  }
  .exit-label {
    position: absolute;
    box-sizing: border-box;
    text-align: center;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
    overflow-wrap: anywhere;
    padding-inline: 4px;
    color: var(--journey-muted);
    font-size: 11px;
    line-height: 1.25;
  }
  .exit-label b {
    color: var(--flow-exit);
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    gap: var(--journey-space-2) var(--journey-space-3);
    align-items: baseline;
    justify-content: space-between;
    margin-block: var(--journey-space-2);
    font-size: 0.85em;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--journey-space-1) var(--journey-space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: var(--journey-space-1);
  }
  .swatch {
    display: inline-block;
    inline-size: 1.5em;
    block-size: 4px;
    border-radius: 2px;
    background: var(--flow-link);
  }
  .swatch--main {
    background: var(--flow-main);
  }
  .swatch--loop {
    background: var(--flow-loop);
  }
  /* A skip's shape, not its colour: the main path or another way, drawn as an arc below. */
  .swatch--skip {
    block-size: 0.45em;
    border: 2px solid var(--journey-muted);
    border-block-start: none;
    border-radius: 0 0 0.75em 0.75em;
    background: none;
  }
  .swatch--exit {
    inline-size: 4px;
    block-size: 1em;
    background: var(--flow-exit);
  }
  .source,
  .empty {
    margin: 0;
    color: var(--journey-muted);
  }
  .table summary {
    cursor: pointer;
    font-weight: 600;
    font-size: 0.9em;
  }
  .table summary:focus-visible,
  .download:focus-visible,
  .warnings__dismiss:focus-visible {
    outline: 3px solid var(--journey-focus-ring);
    outline-offset: 2px;
  }
  table {
    margin-block: var(--journey-space-2);
    border-collapse: collapse;
    font-size: 0.9em;
  }
  th,
  td {
    padding: var(--journey-space-1) var(--journey-space-2);
    border-block-end: 1px solid var(--journey-border);
    text-align: start;
    vertical-align: top;
  }
  td.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .row--exit th,
  .row--exit td:first-of-type {
    color: var(--flow-exit);
  }
  .note {
    color: var(--journey-muted);
  }
  .download,
  .warnings__dismiss {
    padding: 0.2em 0.7em;
    border: 1px solid var(--journey-border);
    border-radius: var(--journey-chip-radius);
    background: var(--journey-surface);
    color: var(--journey-accent);
    font: inherit;
    font-size: 0.85em;
    cursor: pointer;
  }
  .problems {
    margin: var(--journey-space-2) 0 0;
    padding-inline-start: 1.2em;
  }
  .problem__path {
    margin-inline-end: var(--journey-space-2);
  }
  @media (prefers-reduced-motion: no-preference) {
    .link,
    .arrow,
    .exit {
      transition: opacity 120ms ease-out;
    }
  }
  @media (forced-colors: active) {
    :host {
      --flow-link: CanvasText;
      --flow-main: Highlight;
      --flow-loop: CanvasText;
      --flow-exit: CanvasText;
    }
    .link,
    .exit__stroke {
      stroke-opacity: 1;
    }
    .exit__stroke,
    .link--loop {
      stroke-dasharray: 4 3;
    }
    .swatch {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .swatch--main {
      background: Highlight;
    }
    .swatch--skip {
      border-color: CanvasText;
      background: none;
    }
  }
`;

/** Inside a map the flow lane inherits the map's tokens and colour scheme; alone it declares its own. */
export const journeyFlowStyles = [themeStyles(STANDALONE_LANE), flowStyles, laneToggleStyles, flowRowStyles, positionedCellStyles, ghostStyles, positionedGhostStyles, warningsStyles, errorPanelStyles];
