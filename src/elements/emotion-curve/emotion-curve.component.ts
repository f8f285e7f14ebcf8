import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { JourneyController } from '../../controllers/journey-controller.js';
import { LaneContextController } from '../../controllers/lane-context-controller.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { emit } from '../../events.js';
import type { StringOverrides } from '../../i18n/locale.js';
import { axisMeasure, curveView, standaloneLayout, type StandaloneLayout } from './curve-derive.js';
import type { PointPosition } from '../../layout/curve-navigation.js';
import { plotClick, pointKeyDown, scrollToPoint, selectPoint } from './curve-interaction.js';
import type { ColumnLayout } from '../../layout/types.js';
import type { ColumnOptions } from '../../layout/columns.js';
import type { NormalizedJourney } from '../../model/types.js';
import type { GridRow } from '../../controllers/grid-row.js';
import { CurveState, DrawnColumns } from './curve-state.js';
import type { CurveView } from './curve-view.js';
import { emotionCurveStyles } from './emotion-curve.styles.js';
import { chartInset, renderChart, renderRow } from './chart-template.js';
import { renderCompareErrors, renderLoading } from './parts-template.js';
import type { Translator } from '../../i18n/translator.js';

/**
 * The emotion curve of a customer journey: how each persona feels at each step.
 *
 * @tagname emotion-curve
 * @summary One line per persona over the steps (markers in the persona’s colour, their shape telling the sentiment),
 * an optional compared journey drawn dashed with the difference shaded, and real customers as
 * translucent canvas traces (or, for many, their density) with their median and interquartile band. Standalone it is a chart with
 * one tab stop, a generated summary and a table; inside `<journey-map>` it is the emotion lane row.
 *
 * @fires journey-select - Enter (or a click) on a point, standalone: `{ stageId, stepId, persona, lane: 'emotion' }`.
 * @fires journey-error - The `journey` or `compare` document has problems: `{ errors, warnings, source }`.
 * @fires journey-lane-toggle - The lane header's toggle was pressed inside a map: `{ lane: 'emotion', collapsed }`.
 *
 * @csspart base - The standalone chart wrapper.
 * @csspart plot - The drawing area (the focusable chart when standalone).
 * @csspart line - Each series line.
 * @csspart point - Each point marker.
 * @csspart band - The individuals' interquartile band.
 * @csspart legend - The legend list.
 * @csspart stages - The standalone chart's stage bands above the plot (a list).
 * @csspart steps - The standalone chart's step names under the plot (a list).
 * @csspart summary - The generated text summary.
 * @csspart toggle - The "Show table" button (standalone) or the lane collapse button (in a map).
 * @csspart table - The table alternative.
 * @csspart error - The panel listing a document's problems.
 * @csspart lane-header - The row header inside a map.
 * @csspart cell - Each step's grid cell inside a map (`selected` too when its step is selected).
 *
 * @cssprop [--journey-series-1=light-dark(#1d4ed8, #93c5fd)] - Line colour of the first persona.
 * @cssprop [--journey-series-2=light-dark(#c2410c, #fdba74)] - Second persona.
 * @cssprop [--journey-series-3=light-dark(#7e22ce, #d8b4fe)] - Third persona.
 * @cssprop [--journey-series-4=light-dark(#0f766e, #5eead4)] - Fourth persona.
 * @cssprop [--journey-series-5=light-dark(#be185d, #f9a8d4)] - Fifth persona.
 * @cssprop [--journey-series-6=light-dark(#4d7c0f, #bef264)] - Sixth persona (the seventh reuses the first).
 * @cssprop [--journey-emotion-positive=light-dark(#15803d, #4ade80)] - Markers above neutral.
 * @cssprop [--journey-emotion-neutral=light-dark(#4b5563, #9ca3af)] - Markers at neutral, and the neutral line.
 * @cssprop [--journey-emotion-negative=light-dark(#b91c1c, #f87171)] - Markers below neutral.
 * @cssprop [--journey-zone-positive=light-dark(rgb(21 128 61 / 0.07), rgb(74 222 128 / 0.1))] - Tint above neutral.
 * @cssprop [--journey-zone-negative=light-dark(rgb(185 28 28 / 0.07), rgb(248 113 113 / 0.1))] - Tint below neutral.
 * @cssprop [--journey-compare-dash=6 4] - Dash pattern of the compared journey's lines.
 * @cssprop [--journey-grid-line=light-dark(#e5e7eb, #2b3544)] - Lines at the ticks and between columns.
 * @cssprop [--journey-individual=light-dark(#334155, #cbd5e1)] - Customers' traces, median and band (customers all of one persona take its --journey-series-N).
 * @cssprop [--journey-density=var(--journey-individual)] - Ink of the customers' density (`traces="density"`): its opacity is the ramp.
 * @cssprop [--journey-highlight=light-dark(#111827, #fde68a)] - The highlighted customer.
 * @cssprop [--journey-moment-of-truth=light-dark(#92400e, #fbbf24)] - Ring around moments of truth.
 * @cssprop [--journey-focus-ring=light-dark(#1d4ed8, #93c5fd)] - Keyboard focus.
 * @cssprop [--journey-surface=light-dark(#ffffff, #111827)] - Background.
 * @cssprop [--journey-text=light-dark(#1f2937, #f3f4f6)] - Text and value labels.
 * @cssprop [--journey-muted=light-dark(#4b5563, #9ca3af)] - Ticks, summary, customer counts.
 * @cssprop [--journey-border=light-dark(#d1d5db, #374151)] - Frame and table borders.
 */
export class EmotionCurve extends LitElement implements GridRow {
  static override styles = emotionCurveStyles;

  /** The journey document (standalone); it is validated and normalized here. Ignored inside a map. */
  @property({ attribute: false }) journey?: unknown;

  /** A second journey document (typically the future state) drawn dashed, the difference shaded. */
  @property({ attribute: false }) compare?: unknown;

  /** Line shape: `monotone-x` (default), `linear` or `step`. */
  @property() curve = 'monotone-x';

  /** Persona id: show only that persona's line (and customers). Inside a map the map's filter wins. */
  @property() persona?: string;

  /**
   * How customers' traces are drawn: `lines` (one translucent line each), `density` (how many lines
   * pass through each pixel, shaded on a ramp), or `auto` (default): lines up to 500 customers, a
   * density above. Inside a map the map's `traces` wins.
   */
  @property() traces = 'auto';

  /** Customer id (from the document's `individuals`): drawn on top, their events' channels marked. */
  @property() highlight?: string;

  /** BCP 47 tag of the UI language; defaults to the nearest `lang` ancestor, then the browser's. */
  @property() locale?: string;

  /** `light` or `dark` forces the theme; `auto` follows the system's colour scheme; unset follows the host page's `color-scheme` (light when the page declares none). */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /** Host replacements for UI strings, by key (`curve.table.show`, `curve.series.default`, …). */
  @property({ attribute: false }) strings?: StringOverrides;

  /** Height of the plot in px. */
  @property({ type: Number }) height = 240;

  @state() private tableOpen = false;
  @state() private active?: PointPosition;

  readonly laneKey = 'emotion';

  private readonly localeController = new LocaleController(this, () => this.locale);
  private readonly resize = new ResizeController(this, { enabled: () => !this.lane.inMap });
  private readonly curveState = new CurveState(() => this.requestUpdate());
  private readonly drawnColumns = new DrawnColumns(this.laneKey);
  /** Standalone: the curve's own document, validated, laid out, reported once, its problems in a panel. */
  private readonly doc = new JourneyController(this, {
    journey: () => this.journey ?? undefined, // null: no document yet
    words: () => this.words(),
    enabled: () => !this.lane.inMap,
    sliced: true,
  });
  /** The compared document, in a map too: reported once, its problems listed above the chart. */
  private readonly compared = new JourneyController(this, {
    journey: () => this.compare ?? undefined,
    words: () => this.words(),
  });
  private standaloneLayout?: StandaloneLayout;
  private view?: CurveView;
  /** Standalone: the customers of a very large document are being prepared in slices. */
  private preparing = false;

  /** The map around the curve, if any: its journey, layout, settings and drawn columns; the row role and theme owner. */
  private readonly lane = new LaneContextController(this);

  gridCells(): HTMLElement[] {
    return Array.from(this.renderRoot.querySelectorAll<HTMLElement>('[role="rowheader"], [role="gridcell"]'));
  }

  setRowIndex(rowIndex: number): void {
    this.setAttribute('aria-rowindex', String(rowIndex));
  }

  /**
   * Inside a map the curve is a lane that receives every new version of the document, and the map's
   * window of drawn columns as it grows. An update that changed nothing the curve draws or names (an
   * action's text, another lane's item) and brings no column to draw neither re-plots nor re-renders it.
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    // A plain requestUpdate() (the canvas's colour transition ended) changes nothing: it draws.
    const fromMap = this.lane.takeChanged();
    const onlyMap = changed.size === 0 && fromMap.length > 0 && fromMap.every((key) => key === 'journey' || key === 'window');
    if (!onlyMap || !this.lane.inMap || this.doc.crash !== undefined || !this.view) return true;
    return this.drawnColumns.redraws(this.view.journey, this.lane.journey!, this.lane.window);
  }

  /** The language and string overrides the curve speaks: the map's inside one, else its own. */
  private words(): Translator {
    return (this.lane.inMap ? this.lane.settings : undefined) ?? this.localeController.translator(this.strings);
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.localeController.resolve();
    // Never throw into the host page: an unexpected failure shows as a problem in the error panel.
    this.view = undefined;
    this.compared.update();
    this.doc.update(() => this.derive(changed));
  }

  private derive(changed: PropertyValues): void {
    const journey = this.lane.inMap ? this.lane.journey : this.doc.journey;
    this.preparing = Boolean(journey && !this.lane.inMap && this.curveState.pending(journey, this.persona));
    const layout = journey && !this.preparing && (this.lane.inMap ? this.lane.layout! : this.layoutFor(journey));
    if (!journey || !layout) return;
    if (changed.has('journey')) this.active = undefined;
    const { strings, persona, highlight, traces, height, curve, localeController: words } = this;
    const own = { locale: words.locale, intlLocale: words.intlLocale, strings, persona, highlight, traces, height, curve };
    const map = this.lane.inMap ? { settings: this.lane.settings, window: this.lane.window } : undefined;
    // The `dir` directionality, not the computed `direction`: reading computed style here forced a style
    // recalculation of the whole page on every update (20 ms of a map's first render).
    const inputs = { journey, layout, compare: this.compared.journey, own, map, rtl: this.matches(':dir(rtl)'), active: this.active };
    this.view = curveView(this.curveState, this.drawnColumns, inputs);
    if (!this.lane.inMap) this.active = this.view.active;
  }

  private layoutFor(journey: NormalizedJourney): ColumnLayout {
    const inWidth = (width: number, columns: ColumnOptions) => this.doc.layout(Math.max(0, width - chartInset(this.renderRoot)), columns, journey)!;
    this.standaloneLayout = standaloneLayout(this.standaloneLayout, journey, this.resize.measure(), inWidth, () => axisMeasure(this));
    return this.standaloneLayout.layout;
  }

  /** Also waits for a document validated, then its customers prepared, in slices to be drawn, and a density binned in slices to be painted. */
  protected override async getUpdateComplete(): Promise<boolean> {
    for (const slices of [this.doc, this.curveState.customers]) {
      await super.getUpdateComplete();
      await slices.settled;
    }
    const result = await super.getUpdateComplete();
    await this.curveState.density.settled;
    return result;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.curveState.density.cancel();
  }

  protected override firstUpdated(): void {
    // The canvas's colour transition ends when the colour it is drawn in changes: draw it again.
    this.renderRoot.addEventListener('transitionend', (event) => (event.target as Element).matches?.('canvas.traces') && this.requestUpdate());
  }

  protected override updated(changed: PropertyValues): void {
    const canvas = this.renderRoot.querySelector<HTMLCanvasElement>('canvas.traces');
    // Standalone, the first render comes before the first measurement: draw once the width is known.
    if (!canvas) this.curveState.density.cancel();
    else if (this.view && (this.lane.inMap || this.resize.width > 0)) this.curveState.drawCanvas(canvas, this.view.plot, this.view.density);
    if (changed.has('active') && this.active) scrollToPoint(this.renderRoot, this.active);
  }

  override render(): TemplateResult | typeof nothing {
    return this.doc.render(() => {
      const words = this.words();
      const compared = this.compared.prepared;
      const compareErrors = compared && !compared.result.ok ? renderCompareErrors(compared.result.errors, words) : nothing;
      if (this.lane.inMap) {
        const collapsed = this.lane.settings?.collapsed.has(this.laneKey) ?? false;
        const onToggle = () => emit(this, 'journey-lane-toggle', { lane: this.laneKey, collapsed: !collapsed });
        return renderRow(this.lane.journey!, this.lane.layout!, this.view, { collapsed, onToggle });
      }
      if (this.preparing) return html`${compareErrors}${renderLoading(words)}`;
      if (!this.view) return compareErrors;
      const chart = renderChart(this.view, {
        tableOpen: this.tableOpen,
        axis: this.standaloneLayout,
        onKeyDown: (event) => (this.active = pointKeyDown(event, this.view!, this.active, (position) => this.select(position))),
        onPlotClick: (event) => (this.active = plotClick(event, this.active, this.select)),
        onToggleTable: () => (this.tableOpen = !this.tableOpen),
      });
      return html`${compareErrors}${chart}`;
    });
  }

  private readonly select = (position: PointPosition) => selectPoint(this, this.view, position, this.laneKey);
}
