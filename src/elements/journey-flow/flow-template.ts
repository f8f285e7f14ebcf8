/**
 * Templates of `<journey-flow>` around its drawing (flow-drawing.ts): the stage titles, the drop-off
 * labels laid over it, the legend and the table alternative. Every number comes from the layout;
 * nothing here computes geometry beyond placing a box on a given point.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { flowString, type FlowStringKey } from '../../i18n/flow-strings.js';
import { formatNumber } from '../../i18n/number-format.js';
import type { FlowFocus } from '../../layout/flow-navigation.js';
import { figureLabel, flowRows, shareText, sourceLine, type FlowWords } from '../../layout/flow-text.js';
import type { FlowLayout } from '../../layout/flow.js';
import type { NormalizedJourney } from '../../model/types.js';
import type { TransitionTable } from '../../model/transitions.js';
import { styleProps } from '../shared/style-props.js';
import { uiDir } from '../shared/bidi.js';

export interface FlowView {
  journey: NormalizedJourney;
  table: TransitionTable;
  flow: FlowLayout;
  words: FlowWords;
  /** Width of one step column (px): the room of a node's and a drop-off's label. */
  columnWidth: number;
  focus?: FlowFocus;
  /** The step whose links are highlighted (hovered or focused). */
  highlight?: number;
  /** Whether the links' pointer targets are drawn (a pointer has come over the standalone drawing). */
  pointer?: boolean;
  /** Whether the table alternative is open: its rows are built only then. */
  tableOpen?: boolean;
  /** Whether the drawing is wider than its room (standalone): its far edge then fades, a sign that it scrolls. */
  overflowing?: boolean;
}

export interface FlowHandlers {
  onKeyDown: (event: KeyboardEvent) => void;
  onClick: (event: MouseEvent) => void;
  onHover: (step: number | undefined) => void;
  onFocus: () => void;
}

const text = (view: FlowView, key: FlowStringKey, values?: Record<string, string | number>) =>
  flowString(view.words, key, values);

/** Drop-off labels: HTML over the drawing, so a long label wraps (two lines, then an ellipsis). */
export function renderLabels(view: FlowView): TemplateResult {
  const drops = view.flow.exits.map((drop) => {
    const row = view.table.exits[drop.row];
    const figure = figureLabel(row ?? {}, view.words.intlLocale);
    const box = { left: `${drop.labelX - view.columnWidth / 2}px`, top: `${drop.labelY - 12}px`, inlineSize: `${view.columnWidth}px` };
    return html`<span class="exit-label" part="exit-label" dir="auto" style=${styleProps(box)}
      >${figure ? html`<b>${figure}</b> ` : nothing}${row?.label ?? (figure ? '' : text(view, 'flow.legend.exit'))}</span
    >`;
  });
  return html`<div class="labels" aria-hidden="true">${drops}</div>`;
}

/** Stage titles in a row above the drawing, each over its band. */
function renderStages(view: FlowView) {
  const stages = view.flow.bands.map((band) => {
    const stage = view.journey.stages[band.index];
    return html`<span class="stage-label" dir="auto" style=${styleProps({ left: `${band.x}px`, inlineSize: `${band.width}px` })}>${stage?.title ?? ''}</span>`;
  });
  return html`<div class="stages" aria-hidden="true" style=${styleProps({ inlineSize: `${view.flow.width}px` })}>${stages}</div>`;
}

/** The drawing: one tab stop (role application), what is focused announced through the live region. */
export function renderDrawing(view: FlowView, drawing: SVGSVGElement, handlers: FlowHandlers, announcement: string): TemplateResult {
  const { flow } = view;
  const size = { inlineSize: `${flow.width}px`, blockSize: `${flow.height + 24}px` };
  return html`<div class=${view.overflowing ? 'scroller scroller--more' : 'scroller'}>
      ${renderStages(view)}
      <div
        class="canvas"
        part="drawing"
        role="application"
        tabindex="0"
        aria-label=${text(view, 'flow.label', { title: view.journey.title })}
        aria-describedby="hint source"
        style=${styleProps(size)}
        @keydown=${handlers.onKeyDown}
        @click=${handlers.onClick}
        @focus=${handlers.onFocus}
        @pointerover=${(event: PointerEvent) => handlers.onHover(stepUnder(event))}
        @pointerleave=${() => handlers.onHover(undefined)}
      >
        ${drawing}${renderLabels(view)}
      </div>
    </div>
    <p id="hint" class="visually-hidden">${text(view, 'flow.hint')}</p>
    <div class="visually-hidden" role="status" aria-live="polite">${announcement}</div>`;
}

/** The step under the pointer: a node, its label, or either end of a link. */
function stepUnder(event: Event): number | undefined {
  for (const target of event.composedPath()) {
    if (!(target instanceof Element)) continue;
    const step = target.getAttribute('data-step');
    if (step !== null) return Number(step);
  }
  return undefined;
}

export function renderLegend(view: FlowView): TemplateResult {
  const items: Array<[string, FlowStringKey]> = [
    ['main', 'flow.legend.main'],
    ['other', 'flow.legend.other'],
    ['loop', 'flow.legend.loop'],
    ['skip', 'flow.legend.skip'],
    ['exit', 'flow.legend.exit'],
  ];
  return html`<ul class="legend" part="legend">
    ${items.map(([kind, key]) => html`<li><span class="swatch swatch--${kind}" aria-hidden="true"></span>${text(view, key)}</li>`)}
  </ul>`;
}

export function sourceText(view: FlowView): string {
  return sourceLine(view.journey, view.table, view.words);
}

/**
 * Where the figures come from, under the legend: one run in the UI's direction inside a paragraph
 * aligned as the page is (a block with its own `dir` sat at the left of a right-to-left page).
 */
export function renderSource(view: FlowView, id?: string): TemplateResult {
  return html`<p id=${ifDefined(id)} class="source" part="source"><span dir=${uiDir(view.words.locale)}>${sourceText(view)}</span></p>`;
}

/**
 * The table alternative: every transition and every exit, with share and count. Its rows (and the
 * download button) are built only while it is open: closed, it is its summary alone, so a first
 * render does not format and build a row per transition nobody sees.
 */
export function renderTable(view: FlowView, onToggle: (open: boolean) => void, onDownload: () => void): TemplateResult {
  const open = view.tableOpen === true;
  return html`<details
    class="table"
    part="table"
    ?open=${open}
    @toggle=${(event: Event) => onToggle((event.currentTarget as HTMLDetailsElement).open)}
  >
    <summary>${text(view, 'flow.table')}</summary>
    ${open ? renderTableContent(view, onDownload) : nothing}
  </details>`;
}

function renderTableContent(view: FlowView, onDownload: () => void): TemplateResult {
  const { intlLocale } = view.words;
  const rows = flowRows(view.journey, view.table, view.words);
  return html`<table>
      <thead>
        <tr>
          <th scope="col">${text(view, 'flow.from')}</th>
          <th scope="col">${text(view, 'flow.to')}</th>
          <th scope="col">${text(view, 'flow.share')}</th>
          <th scope="col">${text(view, 'flow.count')}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map((row) => {
          const notes = [row.kind === 'loop' ? text(view, 'flow.loop') : '', row.planned ? '' : text(view, 'flow.unplanned'), row.label ?? ''].filter(Boolean);
          return html`<tr class=${row.kind === 'exit' ? 'row--exit' : ''}>
            <th scope="row">${row.from}</th>
            <td>${row.to}${notes.length ? html` <span class="note">(${notes.join('; ')})</span>` : nothing}</td>
            <td class="number">${row.share === undefined ? '' : shareText(row.share, intlLocale)}</td>
            <td class="number">${row.count === undefined ? '' : formatNumber(row.count, intlLocale)}</td>
          </tr>`;
        })}
      </tbody>
    </table>
    <button type="button" class="download" part="download" @click=${onDownload}>${text(view, 'flow.csv')}</button>`;
}
