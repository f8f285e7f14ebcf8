import { css } from 'lit';

/**
 * Customers drawn as a density (`canvas.traces.density`, see density-painter.ts): the ramp's colour,
 * and what keeps the lines above it legible in both themes and forced colours — a halo of the
 * background around the persona lines, the median and the highlighted customer, and the quartile
 * band as an outline rather than a tint of the same colour as the density.
 */
export const densityStyles = css`
  .traces.density {
    color: var(--journey-density, var(--series-color, var(--journey-individual)));
  }
  .density ~ .plot-svg .line,
  .density ~ .plot-svg .highlight__line {
    filter: drop-shadow(0 0 1px var(--journey-surface)) drop-shadow(0 0 1px var(--journey-surface));
  }
  .density ~ .plot-svg .series--median .line,
  .density-legend .series--median .line {
    stroke: var(--journey-text);
  }
  .density ~ .plot-svg .band,
  .density-legend .band {
    fill-opacity: 0.08;
    stroke: var(--journey-text);
    stroke-width: 1;
    stroke-dasharray: 4 3;
  }
  .swatch .density-step {
    fill: var(--journey-density, var(--series-color, var(--journey-individual)));
    stroke: none;
  }
`;
