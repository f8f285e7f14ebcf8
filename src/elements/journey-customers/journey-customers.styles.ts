import { css } from 'lit';

/** Styles of `<journey-customers>`; body rows are exactly ROW_HEIGHT (40px) high for the row window. */
export const journeyCustomersStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    color: var(--journey-text);
    background: var(--journey-surface);
    font: inherit;
  }
  :host([hidden]) {
    display: none;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--journey-space-2) var(--journey-space-3);
    padding-block-end: var(--journey-space-2);
  }
  .field {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
    max-inline-size: 100%;
    gap: 0.15em;
    font-size: 0.85em;
    color: var(--journey-muted);
  }
  input,
  select {
    /* A step title of 80 characters makes a select 1300 px wide: never wider than the table. */
    max-inline-size: 100%;
    min-block-size: 2rem;
    padding-inline: var(--journey-space-2);
    border: 1px solid var(--journey-border);
    border-radius: var(--journey-chip-radius);
    background: var(--journey-surface);
    color: var(--journey-text);
    font: inherit;
    font-size: 1rem;
  }
  input:focus-visible,
  select:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--journey-focus-ring);
    outline-offset: 1px;
  }
  .count {
    margin-inline-start: auto;
    color: var(--journey-muted);
    font-size: 0.9em;
  }
  .scroller {
    position: relative;
    /* As tall as its rows, up to the cap: three customers are no 24rem box, 10 000 fill most of a screen. */
    max-block-size: var(--journey-customers-block-size, min(36rem, 75vh));
    box-sizing: border-box;
    overflow: auto;
    border: 1px solid var(--journey-border);
    border-radius: var(--journey-radius);
  }
  .table {
    inline-size: 100%;
    border-collapse: separate;
    border-spacing: 0;
  }
  thead th {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    background: var(--journey-surface-alt);
    border-block-end: 1px solid var(--journey-border);
    padding: 0;
    text-align: start;
    font-weight: 600;
    white-space: nowrap;
  }
  .sort {
    display: flex;
    align-items: center;
    gap: 0.4em;
    inline-size: 100%;
    padding: var(--journey-space-2);
    border: 0;
    background: transparent;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  /* A column name too long for its column (a phone, "Сейчас на шаге") ends in "…" inside the
     header; the whole name is the button's name and its tooltip ("Сортировать: Сейчас на шаге"). */
  .sort > span {
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .sort-icon {
    flex: none;
    inline-size: 0.6em;
    block-size: 0.9em;
    fill: currentColor;
  }
  .sort-icon .dim {
    opacity: 0.25;
  }
  .row {
    block-size: 40px;
    cursor: pointer;
  }
  .row > * {
    box-sizing: border-box;
    block-size: 40px;
    padding-block: 0;
    padding-inline: var(--journey-space-2);
    border-block-end: 1px solid var(--journey-border);
    text-align: start;
    font-weight: 400;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    max-inline-size: 16rem;
  }
  /* A cut text ends in "…" at its own end, in its own direction ("Bluebell Cli…" on a right-to-left
     page, not "…ebell Clinic"): the run is the box that clips, aligned as the table is. The side is
     the table's start, written physically: a run's own dir="ltr" would turn "start" to the left, and
     Chromium's match-parent does not follow the parent's direction here. */
  .col > bdi,
  .col > span[dir],
  .pick > bdi {
    display: block;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    text-align: left;
  }
  :host(:dir(rtl)) .col > bdi,
  :host(:dir(rtl)) .col > span[dir],
  :host(:dir(rtl)) .pick > bdi {
    text-align: right;
  }
  .row:hover > * {
    background: var(--journey-surface-alt);
  }
  .row.selected > * {
    background: var(--journey-selection);
  }
  .row.selected > :first-child {
    box-shadow: inset 3px 0 0 var(--journey-accent);
  }
  .row.stalled .col--stalled {
    color: var(--journey-bad);
    font-weight: 600;
  }
  .id {
    display: block;
    color: var(--journey-muted);
    font-size: 0.75em;
    line-height: 1.2;
  }
  .row th:has(.id) .pick {
    line-height: 1.2;
  }
  .col--score,
  .col--last {
    font-variant-numeric: tabular-nums;
  }
  .pick {
    display: block;
    max-inline-size: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    padding: 0;
    border: 0;
    background: transparent;
    color: var(--journey-accent);
    font: inherit;
    font-weight: 600;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 2px;
    cursor: pointer;
  }
  .spacer td {
    padding: 0;
    border: 0;
  }
  .empty {
    margin: 0;
    padding: var(--journey-space-3);
    color: var(--journey-muted);
  }
  /* Narrow (a phone): label, current step and status stay; segment, last event and score are in the row's spoken summary and the CSV. */
  @container (max-width: 35rem) {
    .col--segment,
    .col--last,
    .col--score {
      display: none;
    }
    .table {
      table-layout: fixed;
    }
    .row > * {
      max-inline-size: none;
      padding-inline: 0.35rem;
    }
    .col--label {
      inline-size: 36%;
    }
    .col--step {
      inline-size: 30%;
    }
    /* The rest: without it the spacer rows' colspan="6" leaves three empty columns that share it with the status. */
    .col--stalled {
      inline-size: 34%;
    }
    .sort {
      padding-inline: 0.35rem;
    }
    .count {
      margin-inline-start: 0;
      inline-size: 100%;
    }
  }
  @media (forced-colors: active) {
    .row.selected > * {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
    .pick {
      color: LinkText;
    }
  }
`;
