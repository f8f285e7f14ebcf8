import { LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { JourneyController } from '../../controllers/journey-controller.js';
import { LaneContextController } from '../../controllers/lane-context-controller.js';
import { FontsController } from '../../controllers/fonts-controller.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import type { StringOverrides } from '../../i18n/locale.js';
import { focusExists, sourceOf, type FlowFocus } from '../../layout/flow-navigation.js';
import { flowCSV, focusText } from '../../layout/flow-text.js';
import type { PreparedJourney } from '../../model/prepare-journey.js';
import type { FlowView } from './flow-template.js';
import { FlowCache } from './flow-cache.js';
import { FlowDrawing } from './flow-drawing.js';
import { clickedFocus, keyAction, selectFocus } from './flow-events.js';
import { renderFlowPage } from './flow-page.js';
import { FlowLane } from './flow-lane.js';
import type { GridRow } from '../../controllers/grid-row.js';
import { journeyFlowStyles } from './journey-flow.styles.js';
import { svgToPNG, type MapSVG, type PngOptions } from '../../export/svg.js';
import { downloadCSV, flowPicture } from './flow-export.js';

/** The narrowest step column of the flow (px): a 100 px node and 40 px for the link between two. */
const MIN_COLUMN_WIDTH = 140;
const COLUMNS = { headerWidth: 0, minColumnWidth: MIN_COLUMN_WIDTH };

/**
 * The journey as the flow it is: branches, loops and drop-offs.
 *
 * @tagname journey-flow
 * @summary Steps as nodes in their stage order (stages as bands), transitions as links whose width
 * is the share or count, loops as arcs above, forward skips as arcs below, drop-offs leaving
 * downwards, the main path drawn strongest. Numbers come from `next`/`exit` as written, else are
 * counted from `individuals`. One tab stop: arrow keys move along the links, Enter selects; a table
 * lists every transition and exit. Inside `<journey-map>` it is the `flow` lane: a row of the map's
 * grid, each node centred in its step column, one cell per step (left/right follow the links there).
 *
 * @fires journey-select - Enter (or a click) on a step, link or drop-off: `{ stageId, stepId, lane: 'flow', toStepId? }`.
 * @fires journey-error - The document has errors (an error panel is shown) or warnings, or `src` could not be loaded.
 * @fires journey-lane-toggle - The lane header's toggle was pressed inside a map: `{ lane: 'flow', collapsed }`.
 *
 * @csspart base - The wrapper of everything the flow shows.
 * @csspart drawing - The drawing (the focusable application).
 * @csspart node - A step's title on its node (SVG text: `fill` colours it).
 * @csspart exit-label - The figure and label of a drop-off.
 * @csspart legend - The legend.
 * @csspart source - The line saying where the numbers come from.
 * @csspart table - The table alternative (a disclosure).
 * @csspart download - The "Download CSV" button.
 * @csspart warnings - The note listing the document's warnings.
 * @csspart error - The panel listing a document's problems.
 * @csspart lane-header - The row header inside a map.
 * @csspart toggle - The lane collapse button of the row header inside a map.
 * @csspart cell - Each step's grid cell inside a map (`selected` too when its step is selected).
 *
 * @cssprop [--journey-accent=light-dark(#1d4ed8, #93c5fd)] - The main path and the focused node.
 * @cssprop [--journey-visibility-line=light-dark(#6b7280, #9ca3af)] - Other links.
 * @cssprop [--journey-series-2=light-dark(#c2410c, #fdba74)] - Loops back.
 * @cssprop [--journey-bad=light-dark(#b91c1c, #f87171)] - Drop-offs.
 * @cssprop [--journey-stage-background=light-dark(#e5e7eb, #273244)] - Every other stage band.
 * @cssprop [--journey-step-background=light-dark(#f9fafb, #161e2e)] - Nodes.
 * @cssprop [--journey-surface=light-dark(#ffffff, #111827)] - Background.
 * @cssprop [--journey-text=light-dark(#1f2937, #f3f4f6)] - Titles and figures.
 * @cssprop [--journey-muted=light-dark(#4b5563, #9ca3af)] - Stage titles, the source line.
 * @cssprop [--journey-border=light-dark(#d1d5db, #374151)] - Node outlines and table borders.
 * @cssprop [--journey-focus-ring=light-dark(#1d4ed8, #93c5fd)] - Keyboard focus.
 */
export class JourneyFlow extends LitElement implements GridRow {
  static override styles = journeyFlowStyles;

  /** The journey document; without it the flow reads `src` or an inline JSON script. */
  @property({ attribute: false }) journey?: unknown;

  /** URL of a JSON journey document (loaded as the map loads it). */
  @property() src?: string;

  /** Days without an event after which a counted customer's last step is a drop-off (default 14). */
  @property({ attribute: 'stall-after', type: Number }) stallAfter?: number;

  /** BCP 47 tag of the UI language; defaults to the nearest `lang` ancestor, then the browser's. */
  @property() locale?: string;

  /** Host replacements for UI strings, by key (`flow.table`, `flow.legend.main`, …). */
  @property({ attribute: false }) strings?: StringOverrides;

  /** `light` or `dark` forces the theme; `auto` follows the system's colour scheme; unset follows the host page's `color-scheme` (light when the page declares none). */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  @state() private focusAt?: FlowFocus;
  @state() private hovered?: number;
  /** A pointer has come over the drawing: the links' pointer targets are drawn from then on. */
  @state() private pointer = false;
  @state() private tableOpen = false;

  private readonly localeController = new LocaleController(this, () => this.locale);
  /** The lane's key inside a map: `flow`. */
  readonly laneKey = 'flow';

  /** The map around the flow, if any: then the flow is its `flow` lane, a row of its grid (flow-lane.ts). */
  private readonly lane = new LaneContextController(this);
  private readonly mapLane = new FlowLane(this, this.lane);
  private readonly resize = new ResizeController(this, { enabled: () => !this.lane.inMap });
  /** The document (`journey`, else `src`, else a child script): validated, reported once, its problems in a panel. Not inside a map: the map reads it. */
  private readonly doc = new JourneyController(this, {
    journey: () => this.journey ?? undefined, // null: no document yet
    src: () => this.src,
    words: () => this.localeController.translator(this.strings),
    enabled: () => !this.lane.inMap,
  });
  private view?: FlowView;
  private readonly cache = new FlowCache();
  private readonly drawing = new FlowDrawing(() => getComputedStyle(this).fontFamily);
  /** Titles wrapped by measure are measured again once a late web font has loaded. */
  private readonly fonts = new FontsController(this);
  private dismissedWarnings?: PreparedJourney;

  /** Inside a map: the row header, then one cell per step column (none while the lane is collapsed). */
  gridCells(): HTMLElement[] {
    return Array.from(this.renderRoot.querySelectorAll<HTMLElement>('[role="rowheader"], [role="gridcell"]'));
  }

  /** Inside a map: the row's aria-rowindex, as the map counts its rows. */
  setRowIndex(rowIndex: number): void {
    this.setAttribute('aria-rowindex', String(rowIndex));
  }

  /** Inside a map: `toStepId` when a link is focused in `cell`, for the map's `journey-select`. */
  selectionDetail(cell: HTMLElement): { toStepId?: string } | undefined {
    return this.mapLane.selectionDetail(cell);
  }

  /**
   * Inside a map the flow receives every new version of the document, every new window of drawn
   * columns and every new settings object: an update that changes nothing the flow draws or names (an
   * action's text, an emotion, the open customer) neither lays the flow out again nor re-renders it.
   */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    const fromMap = this.lane.takeChanged();
    return !this.lane.inMap || this.doc.crash !== undefined || changed.size > 0 || this.mapLane.redraws(fromMap);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.localeController.resolve();
    // Never throw into the host page: an unexpected failure shows as a problem in the error panel.
    this.view = undefined;
    this.doc.update(() => (this.lane.inMap ? this.mapLane.derive(this.stallAfter) : this.derive(changed)));
  }

  private derive(changed: PropertyValues<this>): void {
    const { locale, intlLocale } = this.localeController;
    const journey = this.doc.journey;
    if (!journey) return;
    if (changed.has('journey') || changed.has('src')) this.focusAt = undefined;
    const table = this.cache.table(journey, this.stallAfter);
    const grid = this.doc.layout(this.resize.measure(), COLUMNS, journey)!;
    // The `dir` directionality, not the computed `direction`, which would force a style recalculation.
    const flow = this.cache.flow(journey, table, grid, this.matches(':dir(rtl)'));
    const focus = this.focusAt && focusExists(flow, this.focusAt) ? this.focusAt : undefined;
    const highlight = this.hovered ?? (focus ? sourceOf(flow, focus) : undefined);
    this.view = {
      journey,
      table,
      flow,
      words: { locale, intlLocale, strings: this.strings },
      columnWidth: grid.columnWidth,
      focus,
      highlight,
      pointer: this.pointer,
      tableOpen: this.tableOpen,
      overflowing: flow.width > this.resize.measure() && this.resize.measure() > 0,
    };
  }

  override render(): TemplateResult | typeof nothing {
    return this.doc.render(() => this.renderFlow());
  }

  private renderFlow(): TemplateResult | typeof nothing {
    if (this.lane.inMap) return this.mapLane.render();
    const prepared = this.doc.prepared;
    const view = this.view;
    if (!prepared || !view) return nothing;
    return renderFlowPage(view, {
      warnings: this.dismissedWarnings === prepared ? [] : prepared.result.warnings,
      onDismissWarnings: () => (this.dismissedWarnings = prepared),
      drawing: this.drawing.draw(view, this.fonts.loads),
      announcement: view.focus ? focusText(view.journey, view.table, view.flow, view.focus, view.words) : '',
      onKeyDown: (event) => {
        const action = keyAction(this.view, this.focusAt, event, this.matches(':dir(rtl)'));
        if (action === 'select') selectFocus(this, this.view, this.focusAt!);
        else if (action !== 'ignore') this.focusAt = action;
      },
      onClick: (event) => {
        const focus = clickedFocus(event);
        if (!focus) return;
        this.focusAt = focus;
        selectFocus(this, this.view, focus);
      },
      onHover: (step) => {
        this.pointer = true;
        this.hovered = step;
      },
      onFocus: () => this.requestUpdate(),
      onTableToggle: (open) => (this.tableOpen = open),
      onDownload: () => downloadCSV(this.exportCSV(), 'journey-flow.csv'),
    });
  }

  /** The transition table as CSV (from, to, share, count, label), headers in the flow's language; '' without a journey. */
  exportCSV(options: { bom?: boolean } = {}): string {
    const view = this.view;
    return view ? flowCSV(view.journey, view.table, view.words, options) : '';
  }

  /**
   * The whole flow (every step, not only what is scrolled into view) as a standalone SVG document in
   * the flow's current colours and language, mirrored in a right-to-left page; '' without a journey.
   */
  exportSVG(): string {
    const picture = this.flowPicture();
    return picture ? picture.text : '';
  }

  /**
   * The flow of `exportSVG()` as a PNG Blob, `scale` pixels per SVG unit (default 2). Rejects, never
   * throws, when there is no flow to export or the image would be larger than a browser canvas.
   */
  async exportPNG(options: PngOptions = {}): Promise<Blob> {
    const picture = this.flowPicture();
    if (!picture) throw new Error('journey-flow: no journey to export yet.');
    return svgToPNG(picture, options);
  }

  /** The export in the flow's colours, language and direction, through the map's SVG writer. */
  private flowPicture(): MapSVG | undefined {
    return this.view ? flowPicture(this, this.view, this.stallAfter) : undefined;
  }
}
