import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { columnWindowContext, type ColumnWindow } from '../../context/column-window-context.js';
import { journeyContext } from '../../context/journey-context.js';
import { layoutContext } from '../../context/layout-context.js';
import { settingsContext, type MapSettings } from '../../context/settings-context.js';
import { JourneyController } from '../../controllers/journey-controller.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { emit } from '../../events.js';
import type { CsvOptions } from '../../layout/export-csv.js';
import { sameColumnGeometry } from '../../layout/columns.js';
import { narrowColumnOptions } from '../../layout/narrow.js';
import { longestLaneWord } from './lane-words.js';
import type { ColumnLayout } from '../../layout/types.js';
import type { NormalizedJourney } from '../../model/types.js';
import type { PreparedJourney } from '../../model/prepare-journey.js';
import { StableJourney } from '../../model/stable-journey.js';
import { mapSVG, svgToPNG, type PngOptions } from '../../export/svg.js';
import { columnOptionsFrom } from '../shared/tokens.js';
import { journeyMapStyleSheets } from './journey-map.styles.js';
import { JourneyMapProperties } from './journey-map.properties.js';
import { clockValue, ReviewDueReporter } from './map-freshness.js';
import { renderMapHeader, type HeaderView } from './map-header.js';
import { EditingLoader } from './map-edit-loader.js';
import type { HealthPanel } from './map-health.js';
import type { RollupNotes } from './map-rollup.js';
import { OnDemand } from './on-demand.js';
import { mapControllers, type MapControllers } from './map-controllers.js';
import { RowNumbering } from './map-interaction.js';
import { LanesMemo, stopWaitingForLanes, updateWhenLanesDefined } from './map-lanes.js';
import { drawable, renderTooLarge } from './map-limits.js';
import { MapModel, type MapWords } from './map-model.js';
import { mapSettings, sameSettings } from './map-state.js';
import { headerView, renderMapView, type HeaderUi } from './map-view.js';

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
 */
export class JourneyMap extends JourneyMapProperties {
  static override styles = journeyMapStyleSheets;

  @provide({ context: journeyContext }) private providedJourney?: NormalizedJourney;
  @provide({ context: layoutContext }) private providedLayout?: ColumnLayout;
  @provide({ context: settingsContext }) private providedSettings?: MapSettings;
  @provide({ context: columnWindowContext }) private providedWindow?: ColumnWindow;

  @state() private collapsed: ReadonlySet<string> = new Set();
  /** The persona whose card is open, and whether a narrow header shows its details. */
  @state() private headerUi: HeaderUi = {};
  @state() private dismissedWarnings?: PreparedJourney;
  /** Counts slot changes, so the update they cause re-numbers the rows. */
  @state() private slotChanges = 0;
  /** Editing in place, loaded the first time the map is `editable`. */
  private readonly editing = new EditingLoader(this, () => ({
    map: this,
    journey: () => this.providedJourney,
    document: () => this.journey ?? this.doc.prepared?.result.journey,
    persona: () => this.providedSettings?.persona,
    words: () => this.words(),
    rows: this.c.rows,
    laneRow: this.c.laneRow,
    scroller: this.c.scroller,
    rtl: this.c.rtl,
  }));
  /** The health panel and the roll-ups, each loaded the first time its attribute is on. */
  private readonly healthPanel = new OnDemand<HealthPanel>(this, 'health panel', () => import('./map-health.js').then((module) => module.healthPanel()));
  private readonly rollupNotes = new OnDemand<RollupNotes>(this, 'roll-ups', () => import('./map-rollup.js').then((module) => module.rollupNotes()));

  private readonly lanesMemo = new LanesMemo();
  private readonly stable = new StableJourney();
  private readonly reviewDue = new ReviewDueReporter();
  private readonly numbering = new RowNumbering();
  private readonly localeController = new LocaleController(this, () => this.locale);
  private readonly model = new MapModel(this, () => this.words());
  /** The document (`journey`, else `src`, else a child script): validated, reported once, its problems in a panel. */
  private readonly doc = new JourneyController(this, {
    journey: () => this.journey,
    src: () => this.src,
    words: () => this.localeController.translator(this.strings),
    // The `lanes` attribute's warnings (an unknown kind) are reported like the same typo in the document.
    warnings: () => this.lanesMemo.warnings,
    loadingStatus: true,
  });
  private readonly c: MapControllers = mapControllers({
    map: this,
    rendered: () => this.rendered(),
    journey: () => this.providedJourney,
    layout: () => this.providedLayout,
    persona: () => this.providedSettings?.persona,
    document: () => this.journey ?? this.doc.prepared?.result.journey,
    words: () => this.words(),
    collapsed: () => this.collapsed,
    setCollapsed: (collapsed) => (this.collapsed = collapsed),
    flushForPrint: () => this.flushForPrint(),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // The emotion lane appears once its element is defined, even if that happens after first render.
    updateWhenLanesDefined(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    stopWaitingForLanes(this);
  }

  /** The map's language with the host's string overrides: one object, the same until one of them changes. */
  private words(): MapWords {
    return this.localeController.translator(this.strings);
  }

  /** Resolves when the map and its lanes have rendered the last change (some columns may still be empty). */
  private async rendered(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    await Promise.all(this.c.laneElements().map((lane) => (lane as Partial<JourneyMapProperties>).updateComplete));
    return result;
  }

  /** `updateComplete` resolves once every column is drawn, not only those in view, and the parts asked for (editor, health panel, roll-ups) have loaded. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await this.rendered();
    // An update may start loading a part (the editor, the health panel, the roll-ups): wait for it and its render.
    for (let loading = this.loadingParts(); loading; loading = this.loadingParts()) {
      await loading;
      result = await this.rendered();
    }
    while (this.c.columnWindow.pending && this.isConnected) {
      await this.c.columnWindow.settled();
      result = await this.rendered();
    }
    return result;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.localeController.resolve();
    if (this.editable) this.editing.want();
    this.doc.update(() => {
      const words = this.words();
      // A journey too large to draw is not provided: lanes composed as children would each render every column.
      // Steps whose data did not change keep their objects, so lanes re-render only the changed cells.
      const journey = this.stable.get(drawable(this.lanesMemo.get(this.doc.journey, this.lanes, words.locale)));
      if (journey !== this.providedJourney) this.providedJourney = journey;
      const measured = this.c.resize.width || this.clientWidth;
      // Narrow maps (layout/narrow.ts): a narrow lane-name column and one step column per view; not on paper.
      const options = columnOptionsFrom(this);
      const columns = this.c.print.columns(measured, this.c.print.printing ? options : narrowColumnOptions(journey?.steps.length ?? 0, measured, options, longestLaneWord(this, journey, words, measured)));
      // Compared with another document, the steps it no longer has are narrow ghost columns in their places.
      const ghosts = journey && this.compareTo != null ? this.model.comparison(journey)?.ghosts : undefined;
      const layout = this.doc.layout(columns.width, ghosts?.length ? { ...columns.options, ghosts } : columns.options, journey);
      // A width that moves no column (the first measurement, a scrollbar appearing) keeps the lanes' layout object, so they do not all re-render.
      if (!sameColumnGeometry(layout, this.providedLayout)) this.providedLayout = layout;
      const shownColumns = this.c.columnWindow.window(journey, this.providedLayout);
      if (shownColumns !== this.providedWindow) this.providedWindow = shownColumns;
      const settings = mapSettings(this, journey, words, this.collapsed);
      if (!sameSettings(settings, this.providedSettings)) this.providedSettings = settings;
    });
  }

  protected override render(): TemplateResult | typeof nothing {
    return this.doc.render(() => {
      const prepared = this.doc.prepared;
      if (!prepared?.journey) return nothing;
      if (!drawable(prepared.journey)) {
        return html`${renderMapHeader(prepared.journey, this.headerView())}${renderTooLarge(prepared.journey, this.words())}`;
      }
      const journey = this.providedJourney;
      if (!journey || !this.providedLayout) return nothing;
      const warnings = this.dismissedWarnings === prepared ? [] : [...prepared.result.warnings, ...this.lanesMemo.warnings];
      return renderMapView(journey, this.providedLayout, prepared, {
        map: this,
        model: this.model,
        words: this.words(),
        header: this.headerView(),
        warnings,
        onDismissWarnings: () => (this.dismissedWarnings = prepared),
        settings: this.providedSettings,
        columnWindow: this.providedWindow,
        now: clockValue(this.now),
        onSlotChange: () => (this.slotChanges += 1),
        onShowWarning: (warning) => void this.c.interaction.showCell(warning.stepId, warning.lane),
        onShowStep: (stepId) => void this.c.interaction.showCell(stepId, undefined),
        onFilterChange: (filter) => {
          this.filter = filter;
          emit(this, 'journey-filter-change', { filter });
        },
        editing: () => this.editing.render(this.journey ?? prepared.result.journey, this.words()),
        health: this.healthPanel.get(this.health),
        rollups: this.rollupNotes.get(this.rollups),
      });
    });
  }

  private headerView(): HeaderView {
    return headerView(this, this.words(), this.headerUi, (ui) => (this.headerUi = ui), this.editable ? this.editing.editor : undefined);
  }

  /** A part of the map still on its way, if any. */
  private loadingParts(): Promise<void> | undefined {
    return this.editing.pending ?? this.healthPanel.pending ?? this.rollupNotes.pending;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.reviewDue.report(this, this.providedJourney?.source, clockValue(this.now));
    void this.numbering.sync(this, this.providedJourney?.steps ?? [], this.collapsed, () => this.c.navigation.refresh());
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && this.headerUi.openPersona && !dialog.open) dialog.showModal();
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
    return journey ? this.model.csv(journey, this.providedSettings?.persona, options) : '';
  }

  /**
   * The whole map (every column and lane, not only those on screen) as a standalone SVG document in
   * the map's current colours; '' before a journey has loaded or when it has errors.
   */
  exportSVG(): string {
    const journey = this.providedJourney;
    return journey ? mapSVG(journey, this.model.sceneOptions(journey, this.providedSettings?.persona)).text : '';
  }

  /**
   * The map of `exportSVG()` as a PNG Blob, `scale` pixels per SVG unit (default 2). Rejects, never
   * throws, when there is no map to export or the image would be larger than a browser canvas.
   */
  async exportPNG(options: PngOptions = {}): Promise<Blob> {
    const journey = this.providedJourney;
    if (!journey) throw new Error('journey-map: no journey to export yet.');
    return svgToPNG(mapSVG(journey, this.model.sceneOptions(journey, this.providedSettings?.persona)), options);
  }

  /** `editable` only: undoes the last edit (dispatching `journey-change`); false when there is none. */
  undo(): boolean {
    return this.editable && (this.editing.editor?.edit.undo() ?? false);
  }

  /** `editable` only: redoes the last undone edit (dispatching `journey-change`); false when there is none. */
  redo(): boolean {
    return this.editable && (this.editing.editor?.edit.redo() ?? false);
  }

  /** Lays the map and its lanes out for paper now: the browser prints right after `beforeprint`. */
  private flushForPrint(): void {
    this.c.columnWindow.showAll();
    this.performUpdate();
    for (const element of this.c.laneElements()) {
      const lane = element as unknown as { isUpdatePending?: boolean; performUpdate?: () => void };
      if (lane.isUpdatePending) lane.performUpdate?.();
    }
  }
}
