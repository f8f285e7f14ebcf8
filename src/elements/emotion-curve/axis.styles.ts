import { css } from 'lit';

/**
 * The standalone chart's horizontal axis: stages above the plot, step names and customer counts
 * under it, each row a sticky corner beside one grid track per step column.
 */
export const axisStyles = css`
  .frame {
    display: flex;
    flex-direction: column;
  }
  .plot-row,
  .axis-row {
    display: flex;
  }
  .axis-corner {
    flex: none;
    box-sizing: border-box;
    position: sticky;
    inset-inline-start: 0;
    z-index: 2;
    padding: var(--journey-space-1) var(--journey-space-2);
    background: var(--journey-surface);
    border-inline-end: 1px solid var(--journey-border);
    color: var(--journey-muted);
    font-size: 0.75em;
    line-height: 1.25;
    text-align: end;
    overflow-wrap: normal;
    hyphens: manual;
  }
  .axis-tracks {
    display: grid;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .stage-row {
    border-block-end: 1px solid var(--journey-border);
  }
  .step-row {
    border-block-start: 1px solid var(--journey-border);
  }
  .stage-band,
  .step-name,
  .counts .n-label {
    box-sizing: border-box;
    min-inline-size: 0;
    padding: var(--journey-space-1) 2px;
    font-size: 0.75em;
    line-height: 1.25;
    text-align: center;
  }
  .stage-band {
    border-inline-start: 1px solid var(--journey-border);
    font-weight: 600;
  }
  .stage-band:first-child {
    border-inline-start: none;
  }
  .stage-band--alt {
    background: var(--journey-surface-alt);
  }
  /* Long names wrap, hyphenated where the document's language is known, and break inside a word only
     as a last resort; the clamp keeps one long name from making the row tall (the whole name is the
     tooltip, the screen reader's text, and shows while the keyboard is on its step). */
  .axis-text {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
    hyphens: auto;
    overflow-wrap: anywhere;
    unicode-bidi: plaintext;
  }
  .stage-band .axis-text {
    -webkit-line-clamp: 2;
  }
  /* A name with a word wider than its band (measured: axis-template.ts) reads on one line cut with
     "…" rather than broken inside the word ("Renew|al"); the whole name is the tooltip. */
  .axis-text--cut {
    display: block;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  /* A name on the second tier hangs from its point by a thin line through the first tier (which it
     crosses where two first-tier names meet). */
  .step-names--staggered {
    position: relative;
    overflow: hidden;
  }
  .step-names--staggered .step-name {
    position: relative;
  }
  .step-names--staggered .step-name:nth-child(even)::before {
    content: '';
    position: absolute;
    inset-block-end: calc(100% - var(--journey-space-1));
    inset-inline-start: var(--point);
    block-size: 100vh;
    border-inline-start: 1px solid var(--journey-border);
  }
  .step-name--active {
    color: var(--journey-text);
    font-weight: 600;
  }
  .step-name--active .axis-text {
    -webkit-line-clamp: unset;
  }
  .step-name--moment .axis-text {
    text-decoration: underline 2px var(--journey-moment-of-truth);
    text-underline-offset: 3px;
  }
  .counts .n-label {
    color: var(--journey-muted);
    white-space: nowrap;
    /* Signed and grouped numbers read the same on right-to-left pages. */
    direction: ltr;
    unicode-bidi: isolate;
  }
  .stage-tint {
    fill: var(--journey-surface-alt);
    fill-opacity: 0.6;
  }
  .stage-line {
    stroke: var(--journey-border);
    stroke-width: 1;
  }
`;
