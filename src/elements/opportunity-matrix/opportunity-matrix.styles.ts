import { css } from 'lit';

export const opportunityMatrixStyles = css`
  :host {
    display: block;
    /* The narrow layout below follows the matrix's own width, not the page's. */
    container-type: inline-size;
    color: var(--journey-text);
    background: var(--journey-surface);
    font: inherit;
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
  .grid {
    display: grid;
    grid-template-columns: minmax(6rem, auto) repeat(3, minmax(0, 1fr));
    border: 1px solid var(--journey-border);
    border-radius: var(--journey-radius);
    overflow: hidden;
  }
  .row {
    display: contents;
  }
  .corner,
  .head {
    padding: var(--journey-space-2);
    font-weight: 600;
    font-size: 0.875em;
    color: var(--journey-muted);
    border-block-end: 1px solid var(--journey-border);
    border-inline-end: 1px solid var(--journey-border);
  }
  .cell {
    min-block-size: 5rem;
    padding: var(--journey-space-2);
    border-block-end: 1px solid var(--journey-border);
    border-inline-end: 1px solid var(--journey-border);
    outline-offset: -3px;
  }
  .cell:focus-visible,
  .card:focus-visible {
    outline: 3px solid var(--journey-focus-ring);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--journey-space-2);
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: 0.15em;
    inline-size: 100%;
    padding: var(--journey-space-2);
    border: 1px solid var(--journey-border);
    border-radius: var(--journey-radius);
    background: var(--journey-surface);
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .card.selected {
    border-color: var(--journey-accent);
    box-shadow: inset 0 0 0 1px var(--journey-accent);
  }
  .card.dimmed {
    opacity: 0.4;
  }
  .card__text {
    font-weight: 600;
  }
  .card__meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--journey-space-2);
    font-size: 0.8em;
    color: var(--journey-muted);
  }
  .card__status {
    font-weight: 600;
  }
  .unrated h3 {
    font-size: 0.9em;
    margin: var(--journey-space-3) 0 var(--journey-space-2);
  }
  .empty {
    color: var(--journey-muted);
  }
  /* Shown only in the stacked (narrow) layout, where the column headers are out of sight. */
  .cell__effort {
    display: none;
  }
  /*
   * A narrow container (a phone, a side panel): three effort columns of ~45 px cannot hold a card, so
   * the matrix stacks — each impact row a band, each cell under it with its effort named. The grid
   * roles and the keyboard stay as they are; the column headers are only hidden from sight.
   */
  @container (width < 560px) {
    .grid {
      display: block;
    }
    .row {
      display: block;
    }
    .row:first-child {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .head {
      display: block;
      border-inline-end: none;
      background: var(--journey-surface-alt);
      color: var(--journey-text);
    }
    .cell {
      min-block-size: 0;
      border-inline-end: none;
    }
    .cell__effort {
      display: block;
      margin-block-end: var(--journey-space-1);
      font-size: 0.8em;
      font-weight: 600;
      color: var(--journey-muted);
    }
  }
  @media (forced-colors: active) {
    .card.selected {
      outline: 2px solid Highlight;
    }
    .card.dimmed {
      opacity: 1;
      color: GrayText;
    }
  }
`;
