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
  /* "Compared with …" and the folded removed steps share a line when there is room. */
  .comparison {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--journey-space-1) var(--journey-space-3);
    padding-block-end: var(--journey-space-3);
  }
  .comparison__against {
    margin: 0;
    color: var(--journey-muted);
    font-size: 0.9em;
  }
  .removed {
    flex: 1 1 18rem;
    min-inline-size: 0;
    border: 1px dashed var(--journey-bad);
    border-radius: var(--journey-radius);
  }
  .removed[open] {
    flex-basis: 100%;
  }
  /* One line: a chevron, "Removed steps", their count and their titles, cut with "…" at the end. */
  .removed__summary {
    display: flex;
    align-items: baseline;
    gap: var(--journey-space-2);
    padding: var(--journey-space-1) var(--journey-space-2);
    border-radius: var(--journey-radius);
    white-space: nowrap;
    cursor: pointer;
    list-style: none;
  }
  .removed__summary::-webkit-details-marker {
    display: none;
  }
  .removed__summary::before {
    content: '▸';
    flex: none;
    color: var(--journey-muted);
  }
  .removed__summary:dir(rtl)::before {
    content: '◂';
  }
  .removed[open] > .removed__summary::before {
    content: '▾';
  }
  .removed__summary:focus-visible {
    outline: 2px solid var(--journey-focus-ring);
    outline-offset: 1px;
  }
  .removed__count {
    flex: none;
    padding: 0 0.4em;
    border-radius: var(--journey-chip-radius);
    background: var(--journey-bad);
    color: var(--journey-surface);
    font-size: 0.85em;
    font-weight: 600;
  }
  .removed__preview {
    flex: 1 1 0;
    min-inline-size: 0;
    overflow: hidden;
    color: var(--journey-muted);
    font-size: 0.9em;
    text-overflow: ellipsis;
  }
  .removed[open] .removed__preview {
    display: none;
  }
  .removed__title {
    font-weight: 600;
  }
  .removed__list {
    display: flex;
    flex-direction: column;
    gap: var(--journey-space-1);
    margin: 0;
    padding: 0 var(--journey-space-2) var(--journey-space-2);
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
  /* Paper cannot open it: the list is printed in full. */
  @media print {
    .removed::details-content {
      content-visibility: visible;
    }
    .removed__preview,
    .removed__summary::before {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .removed__count {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
    }
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
