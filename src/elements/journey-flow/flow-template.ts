/**
 * Templates of `<journey-flow>`: the drawing (stage bands, links, drop-offs, nodes), the labels laid
 * over it, the legend and the table alternative. Every number comes from the layout; nothing here
 * computes geometry beyond placing a box on a given point.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { flowString, type FlowStringKey } from '../../i18n/flow-strings.js';
import { formatNumber } from '../../i18n/number-format.js';
import type { FlowFocus } from '../../layout/flow-navigation.js';
import { figureLabel, flowRows, shareText, sourceLine, type FlowWords } from '../../layout/flow-text.js';
import type { FlowLayout } from '../../layout/flow.js';
import type { NormalizedJourney } from '../../model/types.js';
import type { TransitionTable } from '../../model/transitions.js';
import { styleProps } from '../shared/style-props.js';

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

const isFocused = (view: FlowView, kind: FlowFocus['kind'], at: number): boolean =>
  view.focus?.kind === kind && (kind === 'node' ? (view.focus as { step: number }).step === at : (view.focus as { index: number }).index === at);

/** Whether a link touches the highlighted step: `undefined` when nothing is highlighted. */
function lit(view: FlowView, from: number, to: number): boolean | undefined {
  return view.highlight === undefined ? undefined : from === view.highlight || to === view.highlight;
}

function renderBands(view: FlowView) {
  return view.flow.bands.map(
    (band) => svg`<rect class=${band.index % 2 ? 'band band--odd' : 'band'} x=${band.x} y="0" width=${band.width} height=${view.flow.height}></rect>`,
  );
}

function renderLinks(view: FlowView) {
  return view.flow.links.map((link, index) => {
    const on = lit(view, link.from, link.to);
    const planned = view.table.transitions[link.row]?.planned ?? true;
    // A class string, not classMap: 900 links are drawn on a first render.
    let classes = `link link--${link.kind}`;
    if (link.main) classes += ' link--main';
    if (!planned) classes += ' link--unplanned';
    if (on !== undefined) classes += on ? ' link--lit' : ' link--faded';
    if (isFocused(view, 'link', index)) classes += ' link--focused';
    return svg`<g class=${classes} data-link=${index}>
      <path class="link__stroke" d=${link.path} stroke-width=${link.width}></path>
      <path class="link__arrow" d=${link.arrow}></path>
    </g>`;
  });
}

function renderExits(view: FlowView) {
  return view.flow.exits.map((drop, index) => {
    const on = lit(view, drop.step, drop.step);
    let classes = 'exit';
    if (on === false) classes += ' exit--faded';
    if (isFocused(view, 'exit', index)) classes += ' exit--focused';
    return svg`<g class=${classes} data-exit=${index}>
      <path class="exit__stroke" d=${drop.path} stroke-width=${drop.width}></path>
      <path class="exit__arrow" d=${drop.arrow}></path>
    </g>`;
  });
}

/** The minimum width of a link's pointer target and focus ring (px): thin links stay easy to hit and to see. */
const HIT_WIDTH = 12;

/**
 * Pointer targets of the links and drop-offs: wide transparent strokes, drawn only once a pointer
 * has come over the drawing (`view.pointer`), so a first render does not build a second path per
 * link that only a pointer uses.
 */
function renderHits(view: FlowView) {
  if (!view.pointer) return nothing;
  const { links, exits } = view.flow;
  return svg`<g class="hits">${links.map(
    (link, index) => svg`<path class="link__hit" data-link=${index} d=${link.path} stroke-width=${Math.max(link.width, HIT_WIDTH)}></path>`,
  )}${exits.map((drop, index) => svg`<path class="link__hit" data-exit=${index} d=${drop.path} stroke-width=${Math.max(drop.width, HIT_WIDTH)}></path>`)}</g>`;
}

/** The keyboard focus on a link or drop-off: one wide translucent stroke under the links. */
function renderFocusRing(view: FlowView) {
  const focus = view.focus;
  if (focus?.kind === 'node' || !focus) return nothing;
  const way = focus.kind === 'link' ? view.flow.links[focus.index] : view.flow.exits[focus.index];
  return way ? svg`<path class="focus-ring" d=${way.path} stroke-width=${Math.max(way.width, HIT_WIDTH)}></path>` : nothing;
}

function renderNodes(view: FlowView) {
  return view.flow.nodes.map((node) => {
    let classes = 'node';
    if (view.highlight === node.step) classes += ' node--lit';
    if (isFocused(view, 'node', node.step)) classes += ' node--focused';
    return svg`<rect class=${classes} data-step=${node.step} x=${node.x - node.width / 2} y=${node.y - node.height / 2}
      width=${node.width} height=${node.height} rx="6"></rect>`;
  });
}

function renderFigures(view: FlowView) {
  const { intlLocale } = view.words;
  return view.flow.links.map((link) => {
    const label = figureLabel(view.table.transitions[link.row] ?? {}, intlLocale);
    return label ? svg`<text class=${link.main ? 'figure figure--main' : 'figure'} x=${link.labelX} y=${link.labelY}>${label}</text>` : nothing;
  });
}

/** Step titles and drop-off labels: HTML over the drawing, so long titles wrap (two lines, then an ellipsis). */
export function renderLabels(view: FlowView): TemplateResult {
  const { flow, journey } = view;
  const steps = flow.nodes.map((node) => {
    const step = journey.steps[node.step];
    const box = { left: `${node.x - node.width / 2}px`, top: `${node.y - node.height / 2}px`, inlineSize: `${node.width}px`, blockSize: `${node.height}px` };
    return html`<span class="node-label" part="node" data-step=${node.step} dir="auto" title=${step?.title ?? ''} style=${styleProps(box)}
      ><span>${step?.title ?? ''}</span></span
    >`;
  });
  const drops = flow.exits.map((drop) => {
    const row = view.table.exits[drop.row];
    const figure = figureLabel(row ?? {}, view.words.intlLocale);
    const box = { left: `${drop.labelX - view.columnWidth / 2}px`, top: `${drop.labelY - 12}px`, inlineSize: `${view.columnWidth}px` };
    return html`<span class="exit-label" part="exit-label" dir="auto" style=${styleProps(box)}
      >${figure ? html`<b>${figure}</b> ` : nothing}${row?.label ?? (figure ? '' : text(view, 'flow.legend.exit'))}</span
    >`;
  });
  return html`<div class="labels" aria-hidden="true">${steps}${drops}</div>`;
}

/** Stage titles in a row above the drawing, each over its band. */
function renderStages(view: FlowView) {
  const stages = view.flow.bands.map((band) => {
    const stage = view.journey.stages[band.index];
    return html`<span class="stage-label" dir="auto" style=${styleProps({ left: `${band.x}px`, inlineSize: `${band.width}px` })}>${stage?.title ?? ''}</span>`;
  });
  return html`<div class="stages" aria-hidden="true" style=${styleProps({ inlineSize: `${view.flow.width}px` })}>${stages}</div>`;
}

/** The drawing itself, hidden from assistive technology: bands, links, drop-offs, nodes and figures. */
export function renderFlowSvg(view: FlowView): TemplateResult {
  const { flow } = view;
  return html`<svg class="svg" width=${flow.width} height=${flow.height} viewBox="0 0 ${flow.width} ${flow.height}" aria-hidden="true" focusable="false">
    <g class="bands">${renderBands(view)}</g>
    ${renderHits(view)}${renderFocusRing(view)}
    <g class="links">${renderLinks(view)}${renderExits(view)}</g>
    <g class="nodes">${renderNodes(view)}</g>
    <g class="figures">${renderFigures(view)}</g>
  </svg>`;
}

/** The drawing: one tab stop (role application), what is focused announced through the live region. */
export function renderDrawing(view: FlowView, handlers: FlowHandlers, announcement: string): TemplateResult {
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
        ${renderFlowSvg(view)}${renderLabels(view)}
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
