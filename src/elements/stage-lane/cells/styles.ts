import { css } from 'lit';

/*
 * Tokens the lane cells read. The host element declares them on :host with `tokenDeclarations`
 * (src/elements/shared/tokens.ts), which holds the light and dark values, and switches to system
 * colours in forced-colors mode; the cells add forced-colors rules for what those tokens do not cover.
 *   --journey-text, --journey-muted        text and secondary text (AA on --journey-surface)
 *   --journey-surface, --journey-border    cell background, quiet rules
 *   --journey-good, --journey-bad          metric trend words and arrows (AA text colours)
 *   --journey-emotion-positive, --journey-emotion-neutral, --journey-emotion-negative   emotion faces
 *   --journey-pain-financial, --journey-pain-process, --journey-pain-support,
 *   --journey-pain-performance, --journey-pain-custom   pain-point chip borders (≥ 3:1)
 *   --journey-chip-radius, --journey-space-1, --journey-space-2
 */

/** Styles of everything `renderLaneCell` returns; include them in the host's `static styles`. */
export const laneCellStyles = css`
  .lane-cell {
    color: var(--journey-text);
    line-height: 1.4;
    min-inline-size: 0;
    /* Long Russian and Romanian compounds must wrap inside narrow columns, never overflow them. */
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .lane-cell p {
    margin: 0;
  }
  /* Text only assistive technology reads, in the flow: a 1 px box that takes no room (the negative
     margin) and shows nothing. Not absolutely positioned: a map has a hundred of these, and each
     positioned one is a paint layer of its own, placed again by every re-layout of the grid; nor
     clip-path, which makes a layer too. */
  .visually-hidden {
    display: block;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px 0 0;
    padding: 0;
    overflow: hidden;
    white-space: nowrap;
    border: 0;
    color: transparent;
    forced-color-adjust: none;
  }
  .icon {
    flex: none;
    vertical-align: -0.25em;
  }
  .items {
    display: flex;
    flex-direction: column;
    gap: var(--journey-space-1);
    margin: 0;
    padding-inline-start: 1.1em;
  }
  .items--plain,
  .items--quotes {
    list-style: none;
    padding-inline-start: 0;
  }
  .items--quotes li {
    padding-inline-start: var(--journey-space-2);
    border-inline-start: 3px solid var(--journey-border);
    font-style: italic;
  }
  :lang(ru) q {
    quotes: '«' '»' '„' '“';
  }
  :lang(ro) q {
    quotes: '„' '”' '«' '»';
  }
  .meta,
  .facts {
    font-size: 0.875em;
    color: var(--journey-muted);
  }
  .owner,
  .backstage__actor,
  .channel,
  .metric__label {
    font-weight: 600;
  }
  .touchpoint,
  .backstage,
  .opportunity {
    display: flex;
    flex-direction: column;
  }
  .channel {
    display: flex;
    align-items: center;
    gap: var(--journey-space-1);
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--journey-space-2);
    margin: 0;
  }
  .fact {
    display: flex;
    gap: 0.25em;
  }
  .fact dt::after {
    content: ':';
  }
  .fact dd {
    margin: 0;
    color: var(--journey-text);
  }

  /* Switch markers: small icons in the cell's top corner, one per kind, not boxes of words that
     push the touchpoints down; the legend under the lane's name explains them. */
  .switches {
    display: flex;
    gap: 2px;
    margin: 0;
    margin-block: calc(-1 * var(--journey-space-1)) var(--journey-space-1);
    padding: 0;
    list-style: none;
  }
  .switch {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    border: 1px dashed var(--journey-muted);
    border-radius: 50%;
    color: var(--journey-muted);
  }
  .switch .icon {
    inline-size: 0.875rem;
    block-size: 0.875rem;
  }

  .chip {
    --chip-color: var(--journey-pain-custom);
    display: flex;
    flex-direction: column;
    gap: 0.125em;
    padding-block: var(--journey-space-1);
    padding-inline: var(--journey-space-2);
    border: 1px solid var(--chip-color);
    border-inline-start-width: 4px;
    border-radius: var(--journey-chip-radius);
    background: color-mix(in srgb, var(--chip-color) 8%, var(--journey-surface));
  }
  .pain--financial {
    --chip-color: var(--journey-pain-financial);
  }
  .pain--process {
    --chip-color: var(--journey-pain-process);
  }
  .pain--support {
    --chip-color: var(--journey-pain-support);
  }
  .pain--performance {
    --chip-color: var(--journey-pain-performance);
  }
  .chip__category {
    font-size: 0.75em;
    font-weight: 700;
    letter-spacing: 0.02em;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--journey-space-2);
  }
  /* The persona in its colour, the one of its line on the emotion curve. */
  .pain__persona::before {
    content: '';
    display: inline-block;
    inline-size: 0.9em;
    block-size: 3px;
    margin-inline-end: 0.3em;
    vertical-align: middle;
    border-radius: 2px;
    background: var(--persona-color, currentColor);
  }
  .severity__dots {
    color: var(--chip-color, currentColor);
    letter-spacing: 0.1em;
  }

  .metric__visible {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: var(--journey-space-1);
  }
  .metric__value {
    font-size: 1.125em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .trend,
  .target {
    flex-basis: 100%;
    font-size: 0.875em;
  }
  .trend--better {
    color: var(--journey-good);
  }
  .trend--worse {
    color: var(--journey-bad);
  }
  .trend--same,
  .target {
    color: var(--journey-muted);
  }
  .trend__word {
    font-weight: 600;
  }
  /* One primary status per reading (the target when there is one): the other line is muted, so
     "better" in green never sits beside "✗ not met". */
  .target--met {
    color: var(--journey-good);
    font-weight: 600;
  }
  .target--missed {
    color: var(--journey-bad);
    font-weight: 600;
  }
  .metric__secondary,
  .metric--by-target .history__since {
    color: var(--journey-muted);
  }
  .metric__secondary .trend__word {
    font-weight: 400;
  }

  .emotion__visible {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--journey-space-1);
  }
  .emotion--positive .icon {
    color: var(--journey-emotion-positive);
  }
  .emotion--neutral .icon {
    color: var(--journey-emotion-neutral);
  }
  .emotion--negative .icon {
    color: var(--journey-emotion-negative);
  }
  .emotion__persona::after {
    content: ':';
  }
  .emotion__value {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .emotion__label {
    color: var(--journey-muted);
  }

  @media (forced-colors: active) {
    .chip,
    .switch {
      border-color: CanvasText;
      background: Canvas;
    }
    .severity__dots,
    .trend,
    .target,
    .emotion .icon {
      color: CanvasText;
    }
  }
`;
