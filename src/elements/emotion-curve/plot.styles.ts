import { css, unsafeCSS } from 'lit';
import { forcedColorTokens } from '../shared/tokens.js';

/** The SVG marks of the plot, and how data changes move them. */
export const plotStyles = css`
  .zone--positive {
    fill: var(--journey-zone-positive);
  }
  .zone--negative {
    fill: var(--journey-zone-negative);
  }
  .grid-line {
    stroke: var(--journey-grid-line);
    stroke-width: 1;
  }
  .neutral-line {
    stroke: var(--journey-emotion-neutral);
    stroke-width: 1;
    stroke-dasharray: 2 3;
  }
  .selected-column {
    fill: var(--journey-selection);
  }
  .line {
    fill: none;
    stroke: var(--series-color);
    stroke-width: 2.5;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .series--compare .line {
    stroke-width: 2;
    stroke-dasharray: var(--journey-compare-dash);
  }
  .series--median .line {
    stroke: var(--series-color);
    stroke-width: 2.5;
    stroke-dasharray: 1 0;
  }
  /* The customers' band in their persona's colour (--journey-individual when they are of several). */
  .band {
    fill: var(--series-color, var(--journey-individual));
    fill-opacity: 0.18;
    stroke: none;
  }
  .difference {
    fill: var(--series-color);
    fill-opacity: 0.16;
    stroke: none;
  }
  /* One colour per persona: a marker is its persona's colour, its shape says the sentiment. */
  .marker {
    fill: var(--series-color);
    stroke: var(--journey-surface);
    stroke-width: 1.5;
  }
  .series--compare .marker {
    fill: var(--journey-surface);
    stroke: var(--series-color);
    stroke-width: 2;
  }
  .moment-ring {
    fill: none;
    stroke: var(--journey-moment-of-truth);
    stroke-width: 2;
  }
  .value-label,
  .n-label {
    fill: var(--journey-text);
    font-size: 11px;
    paint-order: stroke;
    stroke: var(--journey-surface);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  /* Signed numbers read "+1.5" on right-to-left pages too. */
  .value-label,
  .n-label {
    direction: ltr;
  }
  .point--moment .value-label {
    font-weight: 700;
  }
  .value-label__part {
    fill: var(--series-color);
  }
  .n-label {
    fill: var(--journey-muted);
    font-size: 10px;
  }
  .highlight__line {
    fill: none;
    stroke: var(--journey-highlight);
    stroke-width: 3;
    stroke-linejoin: round;
  }
  .highlight__point circle {
    fill: var(--journey-highlight);
  }
  .channel-mark {
    color: var(--journey-text);
    font-size: 14.4px;
  }
  .channel-mark__back {
    fill: var(--journey-surface);
    stroke: var(--journey-highlight);
  }
  .focus-ring {
    fill: none;
    stroke: var(--journey-focus-ring);
    stroke-width: 3;
  }
  .point {
    cursor: pointer;
  }

  /* Data changes glide between states; a new size or direction snaps (see CurveState.animate). */
  .line,
  .band,
  .difference,
  .highlight__line {
    transition: d 400ms ease-in-out;
  }
  .point,
  .highlight__point,
  .focus-ring {
    transition: transform 400ms ease-in-out;
  }
  .instant *,
  .instant {
    transition: none;
  }
  @media (prefers-reduced-motion: reduce) {
    .line,
    .band,
    .difference,
    .highlight__line,
    .point,
    .highlight__point,
    .focus-ring {
      transition: none;
    }
  }
`;

/**
 * System colours replace the palette in forced-colors mode (Windows high contrast). Both selectors:
 * the standalone one outranks the palette declared for standalone charts. A string for lit-analyzer,
 * which cannot parse interpolated declarations.
 */
const forcedColorPalette = unsafeCSS(`
  @media (forced-colors: active) {
    :host,
    :host(:not([role='row'])) {
      ${forcedColorTokens.cssText}
      --journey-zone-positive: transparent;
      --journey-zone-negative: transparent;
      --journey-grid-line: GrayText;
      --journey-individual: GrayText;
      --journey-highlight: Highlight;
      --journey-emotion-positive: CanvasText;
      --journey-emotion-neutral: CanvasText;
      --journey-emotion-negative: CanvasText;
      --journey-series-1: CanvasText;
      --journey-series-2: CanvasText;
      --journey-series-3: CanvasText;
      --journey-series-4: CanvasText;
      --journey-series-5: CanvasText;
      --journey-series-6: CanvasText;
    }
  }
`);

/** Windows high contrast: dash patterns tell the personas apart, marker shapes tell sentiment. */
const forcedColorMarks = css`
  @media (forced-colors: active) {
    .series--current[data-color='2'] .line {
      stroke-dasharray: 1 4;
    }
    .series--current[data-color='3'] .line {
      stroke-dasharray: 8 3 1 3;
    }
    .series--current[data-color='4'] .line {
      stroke-dasharray: 12 4;
    }
    .series--compare[data-color='2'] .line {
      stroke-dasharray: 2 3 6 3;
    }
    .marker {
      stroke: Canvas;
    }
    .neutral-line {
      stroke: CanvasText;
    }
    .difference,
    .band {
      fill: GrayText;
    }
    .traces,
    .traces.density {
      color: GrayText;
    }
    .focus-ring {
      stroke: Highlight;
    }
    .cell.selected {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
    /* Focus in CanvasText, as in the other lanes: Highlight outlines mean "selected". */
    .plot:focus-visible,
    .header:focus-visible,
    .cell:focus-visible,
    .table-toggle:focus-visible {
      outline-color: CanvasText;
    }
  }
`;


export const forcedColorStyles = [forcedColorPalette, forcedColorMarks];
