import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { columnWindowContext, type ColumnWindow } from '../../context/column-window-context.js';
import { journeyContext } from '../../context/journey-context.js';
import { layoutContext } from '../../context/layout-context.js';
import { settingsContext, type MapSettings } from '../../context/settings-context.js';
import { ColumnWindowController } from '../../controllers/column-window-controller.js';
import { JourneyController } from '../../controllers/journey-controller.js';
import { EditController } from '../../controllers/edit-controller.js';
import { EmotionDragController } from '../../controllers/emotion-drag-controller.js';
import { StepDragController } from '../../controllers/step-drag-controller.js';
import { GridNavigationController } from '../../controllers/grid-navigation-controller.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { HeadPaddingController } from '../../controllers/head-padding-controller.js';
import { PrintController } from '../../controllers/print-controller.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { emit } from '../../events.js';
import type { StringOverrides } from '../../i18n/locale.js';
import { journeyCSV, type CsvOptions } from '../../layout/export-csv.js';
import type { CellContext } from '../../views/context.js';
import { sameColumnGeometry } from '../../layout/columns.js';
import { narrowColumnOptions } from '../../layout/narrow.js';
import { columnsOverflow } from '../../layout/overview.js';
import { OverviewController } from './overview-controller.js';
import { dataLang } from '../shared/data-lang.js';
import { overviewStyles, renderOverviewBox } from './map-overview.js';
import type { ColumnLayout } from '../../layout/types.js';
import type { JourneyDocument, NormalizedJourney, Persona } from '../../model/types.js';
import { errorPanelStyles } from '../shared/error-panel.js';
import { isGridRow, type GridRow } from '../../controllers/grid-row.js';
import { headingLevel } from '../shared/heading.js';
import type { PreparedJourney } from '../../model/prepare-journey.js';
import { stepHeaderStyles } from '../shared/step-header.js';
import { columnOptionsFrom, themeStyles } from '../shared/tokens.js';
import { readPalette } from '../../export/palette.js';
import type { SceneCustomer, SceneOptions } from '../../export/scene.js';
import { exportWords, mapSVG, svgToPNG, type ExportWords, type PngOptions } from '../../export/svg.js';
import { customerCsvRows, filterCsv } from '../../export/map-csv-rows.js';
import { journeyMapStyles } from './journey-map.styles.js';
import { renderGrid } from './map-grid.js';
import {
  customerLaneStyles,
  exportedCustomer,
  MapCustomers,
  renderCustomerLane,
  renderCustomerLine,
  renderOffMapEvents,
  renderUnknownCustomer,
  stepBadge,
} from './customer-lane.js';
import { ghostStyles } from '../shared/ghost-column.js';
import { renderMapHeader, renderWarnings, type HeaderView } from './map-header.js';
import { clockValue, freshnessStyles, ReviewDueReporter } from './map-freshness.js';
import { compareStyles, ComparisonMemo, comparisonNotes, exportedGhosts, comparisonRows, renderComparisonSummary, renderStepComparison, type CompareView } from './map-compare.js';
import { gridRows, hasLaneChildren, laneRows, LanesMemo, renderDefaultLanes, stopWaitingForLanes, updateWhenLanesDefined, type MapRow } from './map-lanes.js';
import { drawable, renderTooLarge } from './map-limits.js';
import { DimmedMemo, filterStyles, renderFilterToolbar } from './map-filter.js';
import { filterText } from '../../layout/filter-text.js';
import { cellForWarning, HealthMemo, healthStyles, renderHealthPanel } from './map-health.js';
import { renderFixFirst, renderStageRollup, RollupMemo, rollupStyles } from './map-rollup.js';
import type { LintWarning } from '../../model/lint.js';
import type { JourneyFilter } from '../../layout/filter.js';
import { editStyles } from './edit.styles.js';
import { renderHeaderEditButton, renderPersonaEditButton } from './edit-view.js';
import { elementFor, emotionDragOptions, renderEditing, stepDragOptions, targetOfPath } from './map-editing.js';
import { sameRowsShape, sameSettings, selectionFrom, type RowsShape } from './map-state.js';
import { StableJourney } from '../../model/stable-journey.js';

/**
 * @tagname journey-map
 * @summary A customer journey map: header, stages and steps as columns, and lanes as rows (actions,
 * thoughts, touchpoints, emotion curve, pain points, opportunities, backstage, metrics…), all aligned
 * column for column, navigable as one keyboard grid.
 *
 * @fires journey-select - A step header or cell was chosen by click, Enter or Space. Detail: `{ stageId, stepId, lane? }`.
 * @fires journey-error - The document has errors (an error panel is shown) or warnings, or `src` could not be loaded.
 * @fires journey-lane-toggle - A lane was collapsed or expanded (bubbles from the lane).
 * @fires journey-review-due - The review date (`reviewedAt` + `reviewEvery`) has passed at `now`. Detail: `{ reviewedAt, reviewEvery, dueSince }`.
 * @fires journey-filter-change - The reader changed the filter from the toolbar. Detail: `{ filter }` (also the `filter` property now).
 * @fires journey-change - `editable` only: an edit was committed, undone or redone. Detail: `{ journey, patch, cause }` — the whole new document (a new object) and the JSON Patch (RFC 6902) from the previous one.
 *
 * @slot - `<stage-lane>`, `<emotion-curve>` and `<journey-flow>` elements that replace the default lanes, in the order written.
 * @slot customers - A `<journey-customers>` shown under the map and linked to it.
 *
 * @csspart header - The header with title, state badge, goal, description and personas.
 * @csspart title - The map's title (a heading of level `heading-level`).
 * @csspart badge - The current-state / future-state badge.
 * @csspart goal - The goal line.
 * @csspart description - The description.
 * @csspart freshness - "Data as of …", the version and the owner.
 * @csspart review-due - The "Review due since …" status.
 * @csspart next-review - The date of the next review, while it is not due.
 * @csspart personas - The list of compact persona cards.
 * @csspart persona-button - The button over each persona card that opens the persona's full card.
 * @csspart dialog - The dialog with a persona's full card.
 * @csspart dialog-close - The dialog's close button.
 * @csspart warnings - The dismissible note listing warnings.
 * @csspart comparison - With `compareTo`: the line naming the compared document and the removed steps.
 * @csspart removed - With `compareTo`: the strip of steps the compared document has and this one does not.
 * @csspart changes - With `compareTo`: what changed at a step, under its title.
 * @csspart ghost - With `compareTo`: a removed step's (or stage's) narrow ghost column: its header, its stage header and its cell in every lane.
 * @csspart compare-error - The problems of an invalid `compareTo` document (the map is still shown).
 * @csspart overview - The overview strip above a map whose columns do not fit (unless `no-overview`).
 * @csspart overview-stage - A stage of the overview strip, a button that takes the reader to the stage.
 * @csspart overview-spark - The emotion line of the overview strip.
 * @csspart overview-window - The window of the overview strip over the columns in view.
 * @csspart scroller - The scroll container of the grid.
 * @csspart grid - The grid (role="grid").
 * @csspart corner - The header cells above the lane names.
 * @csspart stage - A stage header.
 * @csspart step - A step header.
 * @csspart moment-of-truth - The moment-of-truth marker of a step header.
 * @csspart evidence - The evidence level of a step header.
 * @csspart customers-badge - With `individuals`: "N now, M stalled" in a step header.
 * @csspart customer-line - With `customer`: the line under the header with the customer's label, segment, current step, score and stalled days.
 * @csspart customer-lane - With `customer`: the row of the customer's events under the step headers.
 * @csspart customer-offmap - With `customer`: the customer's events on steps the map does not have.
 * @csspart customer-warning - The note shown when `customer` names no customer of the document.
 * @csspart lane - A default lane element.
 * @csspart lane-header - A default lane's row header.
 * @csspart toggle - A default lane's collapse button.
 * @csspart visibility-line - The line-of-visibility label above the backstage lane.
 * @csspart cell - A lane cell.
 * @csspart selected - Headers and cells of the selected column.
 * @csspart error - The error panel shown instead of the map.
 * @csspart loading - The loading message shown while `src` loads.
 * @csspart editor - `editable` only: the in-place editor over a cell or header.
 * @csspart edit-button - `editable` only: the header's "Edit title" and "Edit goal" buttons and the "Edit ‹name›" button under each persona's card.
 * @csspart edit-refusal - `editable` only: the note saying why a shortcut's edit was refused.
 * @csspart drop-line - `editable` only: the line showing where a dragged step header will land.
 * @csspart health - The health panel (`health`): the score and the methodology warnings.
 * @csspart health-score - The score with its word (good, needs work, poor).
 * @csspart health-link - A warning that takes the reader to its cell.
 * @csspart rollup - A stage header's roll-up (`rollups`): pain points by category, opportunities by status, the lowest emotion.
 * @csspart fix-first - The "Fix first" panel (`rollups`): the steps ranked by severity × affected × emotion.
 * @csspart fix-first-link - A ranked step, a button that takes the reader to its column.
 * @csspart filter - The filter toolbar (`toolbar`).
 * @csspart filter-control - Each select of the filter toolbar.
 * @csspart filter-clear - The toolbar's "Clear filter" button.
 * @csspart dimmed - The shade over columns outside the filter.
 * @csspart notice - The notice shown instead of the grid when the journey has more steps than a map can draw (2 000).
 *
 * @cssprop [--journey-surface=light-dark(#ffffff, #111827)] - Background of the map and cells.
 * @cssprop [--journey-surface-alt=light-dark(#f3f4f6, #1f2937)] - Background of lane headers.
 * @cssprop [--journey-text=light-dark(#1f2937, #f3f4f6)] - Text colour.
 * @cssprop [--journey-muted=light-dark(#4b5563, #9ca3af)] - Secondary text.
 * @cssprop [--journey-border=light-dark(#d1d5db, #374151)] - Borders and rules.
 * @cssprop [--journey-accent=light-dark(#1d4ed8, #93c5fd)] - Accent: badges, edges of the selected column.
 * @cssprop [--journey-on-accent=light-dark(#ffffff, #111827)] - Text on the accent colour.
 * @cssprop [--journey-selection=light-dark(#eff6ff, #1c3354)] - Background of the selected column.
 * @cssprop [--journey-focus-ring=light-dark(#1d4ed8, #93c5fd)] - Focus outline.
 * @cssprop [--journey-stage-background=light-dark(#e5e7eb, #273244)] - Stage headers.
 * @cssprop [--journey-step-background=light-dark(#f9fafb, #161e2e)] - Step headers.
 * @cssprop [--journey-moment-of-truth=light-dark(#92400e, #fbbf24)] - Moment-of-truth marker.
 * @cssprop [--journey-visibility-line=light-dark(#6b7280, #9ca3af)] - The line of visibility.
 * @cssprop [--journey-good=light-dark(#15803d, #4ade80)] - Improving metrics.
 * @cssprop [--journey-bad=light-dark(#b91c1c, #f87171)] - Worsening metrics.
 * @cssprop [--journey-emotion-positive=light-dark(#15803d, #4ade80)] - Positive emotion.
 * @cssprop [--journey-emotion-neutral=light-dark(#4b5563, #9ca3af)] - Neutral emotion.
 * @cssprop [--journey-emotion-negative=light-dark(#b91c1c, #f87171)] - Negative emotion.
 * @cssprop [--journey-pain-financial=light-dark(#a16207, #fbbf24)] - Financial pain points.
 * @cssprop [--journey-pain-process=light-dark(#1d4ed8, #93c5fd)] - Process pain points.
 * @cssprop [--journey-pain-support=light-dark(#7e22ce, #d8b4fe)] - Support pain points.
 * @cssprop [--journey-pain-performance=light-dark(#be123c, #fda4af)] - Performance pain points.
 * @cssprop [--journey-pain-custom=light-dark(#0f766e, #5eead4)] - A team's own pain-point categories.
 * @cssprop [--journey-space-1=0.25rem] - Small gap.
 * @cssprop [--journey-space-2=0.5rem] - Cell padding.
 * @cssprop [--journey-space-3=0.75rem] - Large gap.
 * @cssprop [--journey-radius=8px] - Corner radius of panels.
 * @cssprop [--journey-chip-radius=6px] - Corner radius of chips.
 * @cssprop [--journey-column-min-width=176px] - Narrowest step column; narrower hosts scroll.
 * @cssprop [--journey-header-width=160px] - Width of the sticky lane-header column.
 * @cssprop [--journey-max-block-size=80vh] - Height after which the grid scrolls with sticky headers.
 * @cssprop [--journey-print-width=1490px] - Widest the map lays out when printed (px, mm, cm, in or pt); the default fits A3 landscape. Not a theme token: unset unless the page sets it.
 */
export class JourneyMap extends LitElement {
  static override styles = [themeStyles(), journeyMapStyles, stepHeaderStyles, errorPanelStyles, freshnessStyles, compareStyles, ghostStyles, editStyles, filterStyles, healthStyles, customerLaneStyles, rollupStyles, overviewStyles];

  /** The journey document (never modified). Takes precedence over `src` and a child JSON (or `text/x-mermaid`) script. */
  @property({ attribute: false }) journey?: JourneyDocument;

  /** URL of a journey document in JSON, or of a Mermaid `journey` (`.mmd`, `text/vnd.mermaid`). */
  @property() src?: string;

  /** Locale of UI strings and messages; default the nearest `lang`, else the browser's. */
  @property() locale?: string;

  /** Comma-separated lane kinds (`text:<field>` for a custom field), used when the document has no `lanes`. */
  @property() lanes?: string;

  /** Persona id: show only this persona's emotion and pain points. */
  @property() persona?: string;

  /** How the emotion lane draws customers' traces: `auto` (default), `lines` or `density` (see `<emotion-curve>`). */
  @property() traces?: string;

  /** `light` or `dark` forces the theme; `auto` follows the system's colour scheme; unset follows the host page's `color-scheme` (light when the page declares none). */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /** Id of the selected step column. */
  @property({ reflect: true }) selected?: string;

  /** Id of a customer (`individuals`) to lay over the map: their events, trace and a header line (docs/customers.md). */
  @property({ reflect: true }) customer?: string;

  /** Days without an event after which a customer counts as stalled (default 14), before `asOf` or today. */
  @property({ attribute: 'stall-after', type: Number }) stallAfter?: number;

  /** Level (1–6) of the title heading. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Replacements for UI strings, by key (e.g. `{ 'lane.actions': 'Tasks' }`). */
  @property({ attribute: false }) strings?: StringOverrides;

  /** The current time for "Review due" (a Date or epoch milliseconds); unset uses the clock. */
  @property({ attribute: false }) now?: Date | number;

  /** Another journey document (usually the current state of a future-state map) to show this one against, matched by id. */
  @property({ attribute: false }) compareTo?: unknown;
  /** What to show in full (persona, channel, owner, category, minSeverity, evidence): steps outside it are dimmed, never removed. */
  @property({ attribute: false }) filter?: JourneyFilter;

  /** Shows the health panel: lintJourney's score and warnings, each linked to its cell (docs/insights.md). */
  @property({ type: Boolean, reflect: true }) health = false;

  /** Shows each stage's roll-up in its header and the "Fix first" panel above the grid (docs/insights.md). */
  @property({ type: Boolean, reflect: true }) rollups = false;

  /** No channel, device or owner switch markers in the touchpoint lane, nor in the export. */
  @property({ type: Boolean, reflect: true, attribute: 'no-switches' }) noSwitches = false;

  /** Shows the filter toolbar above the grid. */
  @property({ type: Boolean, reflect: true }) toolbar = false;

  /** Editing in place (docs/editing.md): every committed edit replaces `journey` and dispatches `journey-change`. */
  @property({ type: Boolean, reflect: true }) editable = false;

  /** Hides the overview strip shown above a map whose columns do not fit (stages, emotion line, the part in view). */
  @property({ attribute: 'no-overview', type: Boolean, reflect: true }) noOverview = false;

  @provide({ context: journeyContext }) private providedJourney?: NormalizedJourney;
  @provide({ context: layoutContext }) private providedLayout?: ColumnLayout;
  @provide({ context: settingsContext }) private providedSettings?: MapSettings;
  @provide({ context: columnWindowContext }) private providedWindow?: ColumnWindow;

  @state() private collapsed: ReadonlySet<string> = new Set();
  @state() private openPersona?: Persona;
  @state() private dismissedWarnings?: PreparedJourney;
  /** Counts slot changes, so the update they cause re-numbers the rows. */
  @state() private slotChanges = 0;

  private syncedShape?: RowsShape;
  private readonly lanesMemo = new LanesMemo();
  private readonly stable = new StableJourney();
  private readonly customers = new MapCustomers();
  private readonly reviewDue = new ReviewDueReporter();
  private readonly comparisons = new ComparisonMemo();
  private readonly dimmed = new DimmedMemo();
  private readonly healthMemo = new HealthMemo();
  private readonly rollupMemo = new RollupMemo();
  private readonly localeController = new LocaleController(this, () => this.locale);
  /** The document (`journey`, else `src`, else a child script): validated, reported once, its problems in a panel. */
  private readonly doc = new JourneyController(this, {
    journey: () => this.journey,
    src: () => this.src,
    locale: () => this.localeController.locale,
    strings: () => this.strings,
    // The `lanes` attribute's warnings (an unknown kind) are reported like the same typo in the document.
    warnings: () => this.lanesMemo.warnings,
    loadingStatus: true,
  });
  private readonly resize = new ResizeController(this, { target: () => this.scroller });
  private readonly print = new PrintController(this, () => this.flushForPrint());
  private readonly columnWindow = new ColumnWindowController(this, {
    scroller: () => this.scroller,
    width: () => this.resize.width || this.clientWidth,
    lanes: () => this.laneElements(),
    rendered: () => this.rendered(),
  });
  private readonly navigation = new GridNavigationController(this, {
    rows: () => this.rows().map((row) => row.cells),
    onActivate: (cell) => this.activate(cell),
    onEscape: () => {
      this.selected = undefined;
      this.scroller?.focus();
    },
  });

  private readonly edit = new EditController(this, {
    enabled: () => this.editable,
    document: () => this.journey ?? this.doc.prepared?.result.journey,
    normalized: () => this.providedJourney,
    setDocument: (journey) => (this.journey = journey),
    locale: () => this.localeController.locale,
    strings: () => this.strings,
    persona: () => this.providedSettings?.persona,
    targetOf: (path) => targetOfPath(path, this.rows(), this.providedJourney),
    focus: (spec) => void this.updateComplete.then(() => elementFor(spec, this.rows(), this.providedJourney, this.renderRoot)?.focus()),
    rtl: () => getComputedStyle(this).direction === 'rtl',
  });
  private readonly drag = new StepDragController(this, stepDragOptions(this, () => this.rows(), () => this.scroller, (action) => this.edit.run(action)));

  constructor() {
    super();
    // The sticky header's height becomes the scroller's scroll padding, so focused cells stay in view.
    new HeadPaddingController(this, {
      head: () => this.renderRoot?.querySelector<HTMLElement>('.head') ?? null,
      scroller: () => this.scroller,
    });
    // The overview strip above an overflowing grid, drawn when idle and on scroll (map-overview.ts).
    new OverviewController(this, {
      box: () => this.renderRoot?.querySelector<HTMLElement>('.overview') ?? null,
      scroller: () => this.scroller,
      journey: () => this.providedJourney,
      layout: () => this.providedLayout,
      persona: () => this.providedSettings?.persona,
      words: () => ({ locale: this.localeController.locale, strings: this.strings, lang: this.providedJourney && dataLang(this.providedJourney) }),
      focusStage: (stageId) => {
        const header = Array.from(this.renderRoot.querySelectorAll<HTMLElement>('.stage-row > .stage')).find((cell) => cell.dataset.stageId === stageId);
        if (header) this.navigation.focusCell(header);
      },
    });
    const words = () => ({ locale: this.localeController.locale, strings: this.strings });
    new EmotionDragController(this, this.edit, () => this.journey ?? this.doc.prepared?.result.journey, emotionDragOptions(this, () => this.rows(), () => this.providedJourney, words));
    this.addEventListener('click', this.onClick);
    this.addEventListener('journey-lane-toggle', this.onLaneToggle);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The emotion lane appears once its element is defined, even if that happens after first render.
    updateWhenLanesDefined(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    stopWaitingForLanes(this);
  }

  private get scroller(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('.scroller') ?? null;
  }

  /** The lane elements in order (default lanes or the author's), once the grid is rendered. */
  private laneElements(): GridRow[] {
    return this.renderRoot && this.scroller ? laneRows(this, this.renderRoot) : [];
  }

  /** The grid's rows in order: the two header rows, then every lane element. */
  private rows(): MapRow[] {
    return this.renderRoot && this.scroller ? gridRows(this, this.renderRoot) : [];
  }

  /** Resolves when the map and its lanes have rendered the last change (some columns may still be empty). */
  private async rendered(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    await Promise.all(this.laneElements().map((lane) => (lane as Partial<LitElement>).updateComplete));
    return result;
  }

  /** `updateComplete` resolves once every column is drawn, not only those in view. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await this.rendered();
    while (this.columnWindow.pending && this.isConnected) {
      await this.columnWindow.settled();
      result = await this.rendered();
    }
    return result;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.localeController.resolve();
    this.doc.update(() => {
      const { locale, intlLocale } = this.localeController;
      // A journey too large to draw is not provided: lanes composed as children would each render every column.
      // Steps whose data did not change keep their objects, so lanes re-render only the changed cells.
      const journey = this.stable.get(drawable(this.lanesMemo.get(this.doc.journey, this.lanes, locale)));
      if (journey !== this.providedJourney) this.providedJourney = journey;
      const measured = this.resize.width || this.clientWidth;
      // Narrow maps (layout/narrow.ts): a narrow lane-name column and one step column per view; not on paper.
      const options = columnOptionsFrom(this);
      const columns = this.print.columns(measured, this.print.printing ? options : narrowColumnOptions(journey?.steps.length ?? 0, measured, options));
      // Compared with another document, the steps it no longer has are narrow ghost columns in their places.
      const ghosts = journey && this.compareTo != null ? this.comparisons.get(this.compareTo, locale, journey, this.strings)?.ghosts : undefined;
      const layout = this.doc.layout(columns.width, ghosts?.length ? { ...columns.options, ghosts } : columns.options, journey);
      // A width that moves no column (the first measurement, a scrollbar appearing) keeps the lanes' layout object, so they do not all re-render.
      if (!sameColumnGeometry(layout, this.providedLayout)) this.providedLayout = layout;
      const shownColumns = this.columnWindow.window(journey, this.providedLayout);
      if (shownColumns !== this.providedWindow) this.providedWindow = shownColumns;
      const settings: MapSettings = {
        locale,
        intlLocale,
        strings: this.strings,
        persona: journey?.personas.some((p) => p.id === this.persona) ? this.persona : undefined,
        selectedStepId: this.selected && journey?.stepIndexById.has(this.selected) ? this.selected : undefined,
        collapsed: this.collapsed,
        traces: this.traces,
        customer: journey?.individuals.some((c) => c.id === this.customer) ? this.customer : undefined,
        noSwitches: this.noSwitches,
        stallAfter: this.stallAfter,
      };
      if (!sameSettings(settings, this.providedSettings)) this.providedSettings = settings;
    });
  }

  protected override render(): TemplateResult | typeof nothing {
    return this.doc.render(() => {
      const prepared = this.doc.prepared;
      if (!prepared?.journey) return nothing;
      if (!drawable(prepared.journey)) {
        const { locale, intlLocale } = this.localeController;
        return html`${renderMapHeader(prepared.journey, this.headerView())}${renderTooLarge(prepared.journey, locale, intlLocale, this.strings)}`;
      }
      return this.providedJourney && this.providedLayout ? this.renderMap(this.providedJourney, this.providedLayout, prepared) : nothing;
    });
  }

  private headerView(): HeaderView {
    return {
      locale: this.localeController.locale,
      strings: this.strings,
      headingLevel: headingLevel(this.headingLevel, 2),
      theme: this.theme,
      openPersona: this.openPersona,
      onOpenPersona: (persona) => this.showPersona(persona),
      onClosePersona: () => (this.openPersona = undefined),
      freshness: { intlLocale: this.localeController.intlLocale, now: clockValue(this.now) },
      editButton: this.editable
        ? (field) => renderHeaderEditButton(field, this.localeController.locale, this.strings, (target, button) => this.edit.open({ kind: target }, button))
        : undefined,
      personaEditButton: this.editable
        ? (persona) => renderPersonaEditButton(persona, this.localeController.locale, this.strings, (button) => this.edit.open({ kind: 'persona', personaId: persona.id }, button))
        : undefined,
    };
  }

  private renderMap(journey: NormalizedJourney, layout: ColumnLayout, prepared: PreparedJourney): TemplateResult {
    const { locale, intlLocale } = this.localeController;
    const warnings = [...prepared.result.warnings, ...this.lanesMemo.warnings];
    const compareView: CompareView = { locale, intlLocale, strings: this.strings, journey };
    const comparison = this.comparisons.get(this.compareTo, locale, journey, this.strings);
    const dimmed = this.dimmed.get(journey, this.filter);
    const words = { locale, intlLocale, strings: this.strings };
    const summary = this.customers.summary(journey, this.stallAfter);
    const customer = this.customers.customer(journey, summary, this.customer);
    return html`${renderMapHeader(journey, this.headerView())} ${renderComparisonSummary(comparison, compareView)}
      ${customer ? renderCustomerLine(journey, customer, words) : this.customer ? renderUnknownCustomer(this.customer, words) : nothing}
      ${warnings.length && this.dismissedWarnings !== prepared
        ? renderWarnings(warnings, locale, intlLocale, this.strings, () => (this.dismissedWarnings = prepared))
        : nothing}
      ${this.health ? renderHealthPanel(this.healthMemo.get(prepared.result.journey ?? journey.source, locale, intlLocale, clockValue(this.now)), { locale, intlLocale, strings: this.strings, onShow: this.showWarning }) : nothing}
      ${this.rollups ? renderFixFirst(this.rollupMemo.fixFirst(journey), journey, { locale, intlLocale, strings: this.strings, onShow: this.showStep }) : nothing}
      ${this.toolbar ? renderFilterToolbar(journey, { locale, intlLocale, strings: this.strings, filter: this.filter, dimmed, onChange: this.onFilterChange }) : nothing}
      ${!this.noOverview && columnsOverflow(layout) ? renderOverviewBox() : nothing}
      ${renderGrid(journey, layout, {
        locale,
        dimmed,
        strings: this.strings,
        selectedStepId: this.providedSettings?.selectedStepId,
        columnWindow: this.providedWindow,
        lanes: hasLaneChildren(this) ? nothing : renderDefaultLanes(journey, comparison?.before?.source),
        onSlotChange: () => (this.slotChanges += 1),
        stageNote: this.rollups ? (index) => renderStageRollup(this.rollupMemo.stage(journey, index), journey, { locale, intlLocale, strings: this.strings }) : undefined,
        stepNote: comparison && { key: comparison, render: (step) => renderStepComparison(step, comparison, compareView) },
        customerLane: customer ? renderCustomerLane(journey, layout, customer, { ...words, selectedStepId: this.providedSettings?.selectedStepId }) : nothing,
        badge: summary ? (step) => stepBadge(summary, step, words) : undefined,
      })}
      ${customer ? renderOffMapEvents(journey, customer, words) : nothing}
      ${this.editable ? renderEditing(this.edit, { locale, strings: this.strings, doc: this.journey ?? prepared.result.journey, rtl: getComputedStyle(this).direction === 'rtl', drop: this.drag.drop }) : nothing}
      <slot name="customers"></slot>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.reviewDue.report(this, this.providedJourney?.source, clockValue(this.now));
    this.syncRows();
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && this.openPersona && !dialog.open) dialog.showModal();
  }

  /**
   * Numbers the rows, counts them for assistive technology, and re-applies the tab stop once lanes
   * rendered. Skipped when the grid has the same lane elements, step columns and collapsed lanes as
   * at the last sync: its rows and cells are then the same elements (an update that changes a cell's
   * content, the selection or the columns drawn so far).
   */
  private async syncRows(): Promise<void> {
    const grid = this.renderRoot.querySelector('[role="grid"]');
    if (!grid) return;
    const shape: RowsShape = {
      grid,
      lanes: [...this.renderRoot.querySelectorAll('.lanes > .customer-row'), ...laneRows(this, this.renderRoot)],
      steps: this.providedJourney?.steps ?? [],
      collapsed: this.collapsed,
    };
    if (this.syncedShape && sameRowsShape(shape, this.syncedShape)) return;
    this.syncedShape = shape;
    const rows = this.rows();
    rows.forEach((row, index) => row.element?.setRowIndex(index + 1));
    grid.setAttribute('aria-rowcount', String(rows.length));
    await Promise.all(rows.map((row) => (row.element as Partial<LitElement> | undefined)?.updateComplete));
    this.navigation.refresh();
  }

  /**
   * Every cell of the map as CSV (RFC 4180, CRLF line ends): a header row, then one row per lane and
   * step with stage, step, lane, text and the lane's key, in the map's language and persona filter. Cells a spreadsheet would run as a
   * formula start with an apostrophe. Starts with a UTF-8 byte order mark unless `{ bom: false }`.
   * With `compareTo`, a "Changes" row follows for every changed step and every removed one. With a
   * `filter`, a row after the header states it and a sixth column marks each row of a step "Matches" or
   * "Dimmed"; with `customer`, that customer's rows (header line, events per step, events off the map)
   * come before the lanes. `journeyFromCSV` skips those rows (keys `filter`, `customer`, `changes`).
   * '' before a journey has loaded or when it has errors.
   */
  exportCSV(options: CsvOptions = {}): string {
    const journey = this.providedJourney;
    if (!journey) return '';
    const ctx = this.cellContext(journey);
    const comparison = this.comparisons.get(this.compareTo, ctx.locale, journey, this.strings);
    const extraRows = comparisonRows(comparison, ctx);
    // As exportSVG(): the filter stated (and each row marked), the opened customer's lane first.
    const { dimmed, filterNote, customer } = this.svgOptions(journey);
    const filter = filterCsv(filterNote, dimmed, ctx);
    const leadingRows = [...(filter ? [filter.row] : []), ...(customer ? customerCsvRows(journey, customer) : [])];
    return journeyCSV(ctx, { ...this.exportWords(journey), extraRows, leadingRows, filterColumn: filter?.column }, options);
  }

  /**
   * The whole map (every column and lane, not only those on screen) as a standalone SVG document in
   * the map's current colours; '' before a journey has loaded or when it has errors.
   */
  exportSVG(): string {
    const journey = this.providedJourney;
    return journey ? mapSVG(journey, this.svgOptions(journey)).text : '';
  }

  /**
   * The map of `exportSVG()` as a PNG Blob, `scale` pixels per SVG unit (default 2). Rejects, never
   * throws, when there is no map to export or the image would be larger than a browser canvas.
   */
  async exportPNG(options: PngOptions = {}): Promise<Blob> {
    const journey = this.providedJourney;
    if (!journey) throw new Error('journey-map: no journey to export yet.');
    return svgToPNG(mapSVG(journey, this.svgOptions(journey)), options);
  }

  private exportWords(journey: NormalizedJourney): ExportWords {
    return exportWords(journey, this.localeController.locale, this.strings);
  }

  /** What the map's cells are read with: its journey, language, overrides and persona filter. */
  private cellContext(journey: NormalizedJourney): CellContext {
    const { locale, intlLocale } = this.localeController;
    return { journey, locale, intlLocale, strings: this.strings, persona: this.providedSettings?.persona ?? undefined, noSwitches: this.noSwitches };
  }

  /** The export as the map shows it: its colours, language, persona filter, direction, comparison and filter (stated). */
  private svgOptions(journey: NormalizedJourney): SceneOptions {
    const ctx = this.cellContext(journey);
    const { locale, intlLocale } = ctx;
    const comparison = this.comparisons.get(this.compareTo, locale, journey, this.strings);
    const dimmed = this.dimmed.get(journey, this.filter);
    return {
      ...this.exportWords(journey),
      ctx,
      palette: readPalette(this),
      rtl: this.matches(':dir(rtl)'),
      compare: comparison?.before,
      stepNotes: comparisonNotes(comparison, { locale, intlLocale, strings: this.strings, journey }),
      removed: exportedGhosts(comparison, { locale, intlLocale, strings: this.strings, journey }),
      customer: this.exportedCustomer(journey),
      dimmed,
      filterNote: filterText(journey, this.filter, dimmed, { locale, intlLocale, strings: this.strings }),
      stallAfterDays: this.stallAfter,
    };
  }

  /** The opened customer (`customer`) as the export draws it, if the journey has them. */
  private exportedCustomer(journey: NormalizedJourney): SceneCustomer | undefined {
    const { locale, intlLocale } = this.localeController;
    const opened = this.customers.customer(journey, this.customers.summary(journey, this.stallAfter), this.customer);
    return opened && exportedCustomer(journey, opened, { locale, intlLocale, strings: this.strings });
  }

  /** `editable` only: undoes the last edit (dispatching `journey-change`); false when there is none. */
  undo(): boolean {
    return this.editable && this.edit.undo();
  }

  /** `editable` only: redoes the last undone edit (dispatching `journey-change`); false when there is none. */
  redo(): boolean {
    return this.editable && this.edit.redo();
  }

  /** Lays the map and its lanes out for paper now: the browser prints right after `beforeprint`. */
  private flushForPrint(): void {
    this.columnWindow.showAll();
    this.performUpdate();
    for (const element of this.laneElements()) {
      const lane = element as unknown as { isUpdatePending?: boolean; performUpdate?: () => void };
      if (lane.isUpdatePending) lane.performUpdate?.();
    }
  }

  private showPersona(persona: Persona): void {
    this.openPersona = persona;
  }

  private readonly onClick = (event: MouseEvent): void => {
    const cells = new Set(this.rows().flatMap((row) => row.cells));
    const cell = event.composedPath().find((node): node is HTMLElement => cells.has(node as HTMLElement));
    if (cell && cell.getAttribute('role') !== 'rowheader') this.activate(cell);
  };

  private readonly onFilterChange = (filter: JourneyFilter): void => {
    this.filter = filter;
    emit(this, 'journey-filter-change', { filter });
  };

  /** A health warning was chosen: its column is selected and its cell (else its step header) focused. */
  private readonly showWarning = (warning: LintWarning): Promise<void> => this.showCell(warning.stepId, warning.lane);

  /** A step of the fix-first panel was chosen: its column is selected and its step header focused. */
  private readonly showStep = (stepId: string): Promise<void> => this.showCell(stepId, undefined);

  private async showCell(stepId: string | undefined, lane: string | undefined): Promise<void> {
    const journey = this.providedJourney;
    const index = stepId === undefined ? undefined : journey?.stepIndexById.get(stepId);
    const step = index === undefined ? undefined : journey?.steps[index];
    if (step) {
      this.selected = step.id;
      emit(this, 'journey-select', lane ? { stageId: step.stageId, stepId: step.id, lane } : { stageId: step.stageId, stepId: step.id });
    }
    await this.updateComplete;
    const cell = cellForWarning(this.rows(), index, lane);
    if (cell) this.navigation.focusCell(cell);
  }

  private readonly onLaneToggle = (event: Event): void => {
    const lane = event.composedPath().find((node): node is GridRow => node instanceof HTMLElement && isGridRow(node));
    const detail = (event as CustomEvent<{ lane: string; collapsed: boolean }>).detail;
    if (!lane || lane === (this as unknown) || !detail) return;
    const collapsed = new Set(this.collapsed);
    if (detail.collapsed) collapsed.add(detail.lane);
    else collapsed.delete(detail.lane);
    this.collapsed = collapsed;
  };

  /** Enter, Space or a click on a cell: a row header toggles its lane, a step cell selects its column. */
  private activate(cell: HTMLElement): void {
    if (cell.getAttribute('role') === 'rowheader') {
      cell.querySelector('button')?.click();
      return;
    }
    const row = this.rows().find((candidate) => candidate.cells.includes(cell));
    const selection = row && this.providedJourney ? selectionFrom(cell, row, this.providedJourney) : undefined;
    if (!selection) return;
    this.selected = selection.stepId;
    emit(this, 'journey-select', selection);
  }
}
