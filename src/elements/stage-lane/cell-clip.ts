import { css, html, nothing, type TemplateResult } from 'lit';
import { mapString } from '../../i18n/map-strings.js';
import type { Translator } from '../../i18n/translator.js';

/**
 * Rows that do not explode: a lane's row is as tall as its content up to about eight lines of cell
 * text. A longer cell is cut there with a fade and offers "Show all"; the selected column and the
 * cells a reader expanded show everything. The text stays in the DOM, so screen readers read all of
 * it, and paper shows all of it.
 */
export interface CellClip {
  /** Steps whose cell overflows the cap (measured after render). */
  clipped: ReadonlySet<string>;
  /** Steps whose cell the reader opened with "Show all". */
  expanded: ReadonlySet<string>;
  onToggle: (stepId: string) => void;
}

/**
 * The ids of the capped cells whose content is taller than the cap, read from the rendered cells.
 * With the `container` that holds them all (the lane's row): when it is lower than the cap, no cell
 * reached the cap, and none is read (two reads for a lane of short cells instead of two per cell:
 * each read is a forced layout check, ~1 100 of them for the sample map's first frame).
 */
export function measureClipped(cells: readonly HTMLElement[], container?: Element): Set<string> {
  const clipped = new Set<string>();
  const first = cells.find((cell) => cell.classList.contains('capped'));
  if (!first) return clipped;
  if (container) {
    const cap = parseFloat(getComputedStyle(first).maxBlockSize);
    if (container.clientHeight + 1 < cap) return clipped;
  }
  for (const cell of cells) {
    const stepId = cell.dataset.stepId;
    if (!stepId || !cell.classList.contains('capped')) continue;
    if (cell.scrollHeight > cell.clientHeight + 1) clipped.add(stepId);
  }
  return clipped;
}

/** Lanes waiting to measure their cells: all of them are read in one pass after a frame. */
const waiting = new Map<object, () => void>();
let frame: number | undefined;

/**
 * Measures `cells()` just after the next frame is painted, together with every other lane that asked
 * since: reading a cell's height lays out the whole map, so one read per lane update laid the map out
 * once per lane and per drawn chunk of columns (~90 layouts for a large map). Read in one pass after
 * the frame, the reads find the layout the frame just made; read before it (in the animation frame),
 * they forced that layout early and the cells marked clipped were laid out again in the same frame,
 * twice the layout work before a map's first paint. The cap itself is CSS, so the first frame already
 * shows each cell at its height; the fade and "Show all" follow one frame later, over the cell (no
 * shift). `container`: see measureClipped. `apply` gets the clipped step ids; it must not write to
 * the DOM (set state instead), so the reads of the lanes after it stay on the same layout. Asking
 * again before the measure replaces the owner's earlier request.
 */
export function measureClippedInFrame(owner: object, cells: () => readonly HTMLElement[], apply: (clipped: Set<string>) => void, container?: Element): void {
  waiting.set(owner, () => apply(measureClipped(cells(), container)));
  frame ??= requestAnimationFrame(() => setTimeout(measureWaiting));
}

/**
 * Measures every lane waiting to now, instead of after the next frame: for a caller that has just
 * rendered and laid out before the frame (a map once the lanes in view of its first render are drawn,
 * and after each idle chunk), so the clipped cells' fade and button are part of the same frame. The
 * reads take the layout the caller made, or force the one the frame would make.
 */
export function measureClippedNow(): void {
  if (waiting.size) measureWaiting();
}

function measureWaiting(): void {
  frame = undefined;
  const tasks = [...waiting.values()];
  waiting.clear();
  for (const task of tasks) task();
}

export function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const value of a) if (!b.has(value)) return false;
  return true;
}

/** The "Show all" / "Show less" button of a capped cell (tabindex -1: the grid owns the tab stop). */
export function renderShowAll(
  stepId: string,
  expanded: boolean,
  clip: CellClip,
  t: Translator,
): TemplateResult | typeof nothing {
  return html`<button
    type="button"
    part="show-all"
    class="show-all"
    tabindex="-1"
    aria-expanded=${expanded ? 'true' : 'false'}
    @click=${() => clip.onToggle(stepId)}
  >${mapString(t, expanded ? 'cell.showLess' : 'cell.showAll')}</button>`;
}

export const cellClipStyles = css`
  .cell.capped {
    /* About eight lines of cell text (line-height 1.4) plus the padding. */
    max-block-size: calc(8 * 1.4em + 2 * var(--journey-space-2) + 1px);
    overflow: hidden;
  }
  /* Only a clipped cell is positioned (its fade and button sit in it): a positioned cell is a paint
     layer of its own, and a map has hundreds of cells. */
  .cell.clipped {
    position: relative;
  }
  .cell.clipped::after {
    content: '';
    position: absolute;
    inset-inline: 0;
    inset-block-end: 0;
    block-size: 3.5em;
    background: linear-gradient(to bottom, transparent, var(--journey-surface) 70%);
    pointer-events: none;
  }
  .show-all {
    position: absolute;
    z-index: 1;
    inset-block-end: var(--journey-space-1);
    inset-inline-end: var(--journey-space-2);
    padding: 0 var(--journey-space-1);
    border: 0;
    border-radius: var(--journey-chip-radius);
    background: var(--journey-surface);
    color: var(--journey-accent);
    font: inherit;
    font-size: 0.85em;
    font-weight: 600;
    white-space: nowrap;
    text-decoration: underline;
    cursor: pointer;
  }
  .cell.expanded .show-all {
    position: static;
    display: block;
    margin-block-start: var(--journey-space-1);
    margin-inline-start: auto;
  }
  .show-all:focus-visible {
    outline: 3px solid var(--journey-focus-ring);
  }
  @media print {
    .cell.capped {
      max-block-size: none;
    }
    .cell.clipped::after,
    .show-all {
      display: none;
    }
  }
  @media (forced-colors: active) {
    /* Only a clipped cell is positioned (its fade and button sit in it): a positioned cell is a paint
     layer of its own, and a map has hundreds of cells. */
  .cell.clipped {
    position: relative;
  }
  .cell.clipped::after {
      display: none;
    }
    .show-all {
      border: 1px solid ButtonText;
      color: ButtonText;
    }
  }
`;
