import { css } from 'lit';

/** Styles of the comparison with `compareTo` (map-compare.ts): the changes under step titles and the removed steps above the grid. */
export const compareStyles = css`
  .changes {
    display: flex;
    flex-direction: column;
    gap: 2px;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.8em;
    font-weight: 400;
  }
  .change--better {
    color: var(--journey-good);
  }
  .change--worse {
    color: var(--journey-bad);
  }
  .tag {
    display: inline-block;
    padding: 0 0.4em;
    border: 1px solid currentColor;
    border-radius: var(--journey-chip-radius);
    font-size: 0.9em;
    font-weight: 600;
  }
  .tag--new {
    border-color: var(--journey-accent);
    background: var(--journey-accent);
    color: var(--journey-on-accent);
  }
  .tag--removed {
    color: var(--journey-bad);
  }
  .comparison {
    display: flex;
    flex-direction: column;
    gap: var(--journey-space-1);
    padding-block-end: var(--journey-space-3);
  }
  .comparison__against {
    margin: 0;
    color: var(--journey-muted);
    font-size: 0.9em;
  }
  .removed {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--journey-space-1) var(--journey-space-3);
    padding: var(--journey-space-2);
    border: 1px dashed var(--journey-bad);
    border-radius: var(--journey-radius);
  }
  .removed__title {
    font-weight: 600;
  }
  .removed__list {
    display: flex;
    flex-direction: column;
    gap: var(--journey-space-1);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .removed__stage,
  .removed__pains-label,
  .removed__pains {
    color: var(--journey-muted);
    font-size: 0.9em;
  }
  .removed__pains-label {
    margin-inline-start: var(--journey-space-2);
  }
  /* A removed step's pain points, each its own item with a rule before it, never run together. */
  .removed__pains {
    display: inline-flex;
    flex-wrap: wrap;
    gap: var(--journey-space-1) var(--journey-space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .removed__pain + .removed__pain {
    padding-inline-start: var(--journey-space-2);
    border-inline-start: 2px solid var(--journey-border);
  }
  /* The resolved pain points of a step: one "Resolved: N" line; their texts are read by screen
     readers and shown when the header is focused or its column selected (and in the tooltip). */
  .resolved-list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .step:focus-within .resolved-list,
  .step.selected .resolved-list {
    position: static;
    inline-size: auto;
    block-size: auto;
    clip-path: none;
    white-space: normal;
  }
  .resolved-list li {
    margin-block-start: 2px;
  }
  .compare-error {
    margin-block-end: var(--journey-space-3);
    padding: var(--journey-space-2);
    border: 1px solid var(--journey-bad);
    border-radius: var(--journey-radius);
  }
  .compare-error__title {
    margin: 0;
    font-weight: 600;
  }
  .compare-error__problems {
    margin: var(--journey-space-1) 0 0;
  }
  @media (forced-colors: active) {
    .tag--new {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
    }
    .change--better,
    .change--worse {
      color: CanvasText;
    }
  }
`;
