import { LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { JourneyController } from '../../controllers/journey-controller.js';
import { LaneContextController } from '../../controllers/lane-context-controller.js';
import { GridNavigationController } from '../../controllers/grid-navigation-controller.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { emit } from '../../events.js';
import type { StringOverrides } from '../../i18n/locale.js';
import type { ColumnLayout } from '../../layout/types.js';
import type { JourneyDocument, LaneKind, NormalizedJourney } from '../../model/types.js';
import type { GridRow } from '../../controllers/grid-row.js';
import { columnOptionsFrom } from '../shared/tokens.js';
import { gridCellsIn, laneOf, renderLaneRow, renderStandaloneGrid } from './lane-row.js';
import { measureClippedInFrame, sameSet, type CellClip } from './cell-clip.js';
import { stageLaneStyleSheets } from './stage-lane.styles.js';
import { laneKey } from '../../model/lane-key.js';
import { LaneUpdateGuard } from './lane-update-guard.js';

/**
 * @tagname stage-lane
 * @summary One lane of a journey map (actions, thoughts, touchpoints, pain points, backstage, …): a
 * grid row with a sticky row header and one cell per step, aligned to the map's step columns. Inside
 * a `<journey-map>` it takes the journey, layout and settings from the map; given `.journey` on its
 * own it validates the document, lays out its own columns and shows a header row of step titles.
 *
 * @fires journey-select - A cell or step header was chosen (standalone; inside a map the map fires it).
 * @fires journey-lane-toggle - The lane was collapsed or expanded from its row header.
 * @fires journey-error - A standalone lane was given a document with errors or warnings.
 *
 * @csspart lane-header - The sticky row header with the lane's name.
 * @csspart toggle - The collapse/expand button in the row header.
 * @csspart sparkline - The sparkline of a metric with `history`.
 * @csspart visibility-line - The "line of visibility" label above the backstage lane.
 * @csspart cell - Each step cell of the lane.
 * @csspart show-all - The "Show all" / "Show less" button of a cell taller than about eight lines.
 * @csspart pain-legend - The pain-point categories with their colours, under the pain-point lane's name.
 * @csspart switch-legend - The kinds of switch marker (channel, device, owner) with their icons, under the touchpoint lane's name.
 * @csspart selected - The cell (or step header) of the selected column.
 * @csspart grid - The grid of a standalone lane.
 * @csspart step - A step header of a standalone lane.
 * @csspart moment-of-truth - The moment-of-truth marker of a step header.
 * @csspart evidence - The evidence level of a step header.
 * @csspart error - The error panel of a standalone lane given an invalid document.
 *
 * @cssprop [--journey-surface=light-dark(#ffffff, #111827)] - Cell background.
 * @cssprop [--journey-surface-alt=light-dark(#f3f4f6, #1f2937)] - Row header background.
 * @cssprop [--journey-text=light-dark(#1f2937, #f3f4f6)] - Text colour.
 * @cssprop [--journey-muted=light-dark(#4b5563, #9ca3af)] - Secondary text.
 * @cssprop [--journey-border=light-dark(#d1d5db, #374151)] - Cell borders.
 * @cssprop [--journey-accent=light-dark(#1d4ed8, #93c5fd)] - Edges of the selected column.
 * @cssprop [--journey-selection=light-dark(#eff6ff, #1c3354)] - Background of the selected column.
 * @cssprop [--journey-focus-ring=light-dark(#1d4ed8, #93c5fd)] - Focus outline.
 * @cssprop [--journey-visibility-line=light-dark(#6b7280, #9ca3af)] - The line of visibility.
 * @cssprop [--journey-space-2=0.5rem] - Cell padding.
 * @cssprop [--journey-header-width=160px] - Width of the row header (standalone).
 * @cssprop [--journey-column-min-width=176px] - Narrowest step column (standalone).
 * @cssprop [--journey-max-block-size=80vh] - Height after which a standalone lane scrolls.
 */
export class StageLane extends LitElement implements GridRow {
  // A lane inside a map inherits the map's tokens and colour scheme; only a standalone lane owns them.
  static override styles = stageLaneStyleSheets;

  /** What the lane shows. */
  @property({ reflect: true }) kind: LaneKind = 'actions';

  /** For `kind="text"`: the custom step field to show. */
  @property() field?: string;

  /** Title of the row header; default the document's lane title, else the localized lane name. */
  @property({ attribute: 'lane-title' }) laneTitle?: string;

  /** A journey document, for a lane used without a map (ignored inside a `<journey-map>`). */
  @property({ attribute: false }) journey?: JourneyDocument;

  /** Locale of standalone UI strings; default the nearest `lang`, else the browser's. */
  @property() locale?: string;

  /** Standalone: persona id to filter pain points by. */
  @property() persona?: string;

  /** Standalone: replacements for UI strings, by key. */
  @property({ attribute: false }) strings?: StringOverrides;

  /** Standalone: `light` or `dark` forces the theme; `auto` follows the system's colour scheme; unset follows the host page's `color-scheme` (light when the page declares none). */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /** Standalone: no channel, device or owner switch markers in a touchpoint lane (inside a map the map's `no-switches` decides). */
  @property({ type: Boolean, reflect: true, attribute: 'no-switches' }) noSwitches = false;

  /** Standalone: whether the lane shows only its row header (inside a map the map keeps this state). */
  @property({ type: Boolean, reflect: true }) collapsed = false;

  @state() private selectedStepId?: string;

  /** Cells taller than the cap, and the ones the reader opened (cell-clip.ts). */
  @state() private clippedSteps: ReadonlySet<string> = new Set();
  @state() private expandedSteps: ReadonlySet<string> = new Set();

  private ownLayout?: ColumnLayout;
  private readonly localeController = new LocaleController(this, () => this.locale);
  /** Standalone: the lane's own document, validated, laid out, reported once, its problems in a panel. */
  private readonly doc = new JourneyController(this, {
    journey: () => this.journey,
    words: () => this.map.settings ?? this.localeController.translator(this.strings),
    enabled: () => !this.map.inMap,
  });
  private readonly resize = new ResizeController(this, {
    target: () => (this.renderRoot as ShadowRoot | undefined)?.querySelector('.scroller'),
  });
  private readonly navigation = new GridNavigationController(this, {
    rows: () => [gridCellsIn(this.renderRoot?.querySelector('.head')), this.gridCells()],
    onActivate: (cell) => this.activate(cell),
    onEscape: () => {
      this.selectedStepId = undefined;
      this.renderRoot.querySelector<HTMLElement>('.scroller')?.focus();
    },
    enabled: () => !this.map.inMap,
  });

  /** Stable key of the lane: its kind, or `text:<field>`. */
  get laneKey(): string {
    return laneKey(this.kind, this.field);
  }

  gridCells(): HTMLElement[] {
    return gridCellsIn(this.map.inMap ? this.renderRoot : this.renderRoot?.querySelector('.row'));
  }

  setRowIndex(rowIndex: number): void {
    const value = String(rowIndex);
    if (this.getAttribute('aria-rowindex') !== value) this.setAttribute('aria-rowindex', value);
  }

  /** The map around the lane, if any: its journey, layout, settings and drawn columns; the row role. */
  private readonly map = new LaneContextController(this);
  /** Inside a map: skips an update from the map that changes nothing the lane draws (lane-update-guard.ts). */
  private readonly guard = new LaneUpdateGuard(() => ({ kind: this.kind, field: this.field, key: this.laneKey }));

  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    const { inMap, journey, window, settings } = this.map;
    const fromMap = this.map.takeChanged();
    return this.doc.crash !== undefined || !this.guard.skips(changed, { inMap, journey, window, settings, fromMap });
  }
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.localeController.resolve();
    this.doc.update(() => {
      const journey = this.doc.journey;
      if (!journey) return;
      this.ownLayout = this.doc.layout(this.resize.width, columnOptionsFrom(this));
      if (changed.has('journey') && this.selectedStepId && !journey.stepIndexById.has(this.selectedStepId)) {
        this.selectedStepId = undefined;
      }
    });
  }

  protected override render(): TemplateResult | typeof nothing {
    this.guard.forget();
    return this.doc.render(() => (this.map.inMap ? this.renderInMap(this.map.journey!, this.map.layout!) : this.renderStandalone()));
  }

  private renderInMap(journey: NormalizedJourney, layout: ColumnLayout): TemplateResult {
    const settings = this.map.settings;
    const window = this.map.window;
    const row = renderLaneRow(journey, layout, {
      lane: laneOf(journey, this),
      locale: settings?.locale ?? this.localeController.locale,
      intlLocale: settings?.intlLocale ?? this.localeController.intlLocale,
      strings: settings?.strings,
      persona: settings?.persona,
      selectedStepId: settings?.selectedStepId,
      collapsed: settings?.collapsed.has(this.laneKey) ?? false,
      noSwitches: settings?.noSwitches,
      columnWindow: window,
      clip: this.clip(),
      onToggle: this.onToggle,
    });
    this.guard.drew(journey, window, settings);
    return row;
  }

  private renderStandalone(): TemplateResult | typeof nothing {
    const journey = this.doc.journey;
    const layout = this.ownLayout;
    if (!journey || !layout) return nothing;
    const { locale, intlLocale } = this.localeController;
    const lane = laneOf(journey, this);
    const persona = journey.personas.some((p) => p.id === this.persona) ? this.persona : undefined;
    return renderStandaloneGrid(journey, layout, {
      lane,
      locale,
      intlLocale,
      strings: this.strings,
      persona,
      selectedStepId: this.selectedStepId,
      collapsed: this.collapsed,
      noSwitches: this.noSwitches,
      clip: this.clip(),
      onToggle: this.onToggle,
      onClick: this.onGridClick,
    });
  }

  private clip(): CellClip {
    return { clipped: this.clippedSteps, expanded: this.expandedSteps, onToggle: this.onShowAll };
  }

  private readonly onShowAll = (stepId: string): void => {
    const expanded = new Set(this.expandedSteps);
    if (!expanded.delete(stepId)) expanded.add(stepId);
    this.expandedSteps = expanded;
  };

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Which cells overflow the cap is known only once they are laid out: measured with every other
    // lane's cells before the next frame (the height is already capped by CSS, only the fade and the button follow).
    measureClippedInFrame(this, () => (this.isConnected ? this.gridCells() : []), (clipped) => {
      if (!sameSet(clipped, this.clippedSteps)) this.clippedSteps = clipped;
    }, this);
    if (this.map.inMap) return;
    this.navigation.refresh();
  }

  private readonly onToggle = (): void => {
    const collapsed = this.map.inMap ? !(this.map.settings?.collapsed.has(this.laneKey) ?? false) : !this.collapsed;
    // Inside a map the map owns the state and applies this event; alone, the lane applies it itself.
    if (!this.map.inMap) this.collapsed = collapsed;
    emit(this, 'journey-lane-toggle', { lane: this.laneKey, collapsed });
  };

  private readonly onGridClick = (event: MouseEvent): void => {
    const cell = (event.target as Element).closest<HTMLElement>('[data-step-id]');
    if (cell) this.activate(cell);
  };

  private activate(cell: HTMLElement): void {
    if (cell.getAttribute('role') === 'rowheader') {
      cell.querySelector('button')?.click();
      return;
    }
    const stepId = cell.dataset.stepId;
    const stageId = cell.dataset.stageId;
    if (!stepId || !stageId) return;
    this.selectedStepId = stepId;
    emit(this, 'journey-select', cell.getAttribute('role') === 'gridcell' ? { stageId, stepId, lane: this.laneKey } : { stageId, stepId });
  }
}
