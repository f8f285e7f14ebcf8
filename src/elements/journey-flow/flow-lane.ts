import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { LaneContextController, LaneContextKey } from '../../controllers/lane-context-controller.js';
import { sameLaneSettings, type LaneSetting, type MapSettings } from '../../context/settings-context.js';
import { emit } from '../../events.js';
import { laneTitle } from '../../i18n/lane-strings.js';
import { focusExists, type FlowFocus } from '../../layout/flow-navigation.js';
import { exitText, linkText } from '../../layout/flow-text.js';
import type { TransitionTable } from '../../model/transitions.js';
import { sameData, sameJourneyInputs, type JourneyPart } from '../../model/stable-journey.js';
import type { NormalizedJourney, NormalizedStep } from '../../model/types.js';
import { FlowCache } from './flow-cache.js';
import { FlowDrawing } from './flow-drawing.js';
import { FontsController } from '../../controllers/fonts-controller.js';
import { flowLaneMove, ownerStep, renderFlowRow } from './flow-row.js';
import type { FlowView } from './flow-template.js';
import { ENGLISH } from '../../i18n/translator.js';

/** What the flow lane reads of a step: its place and title, and how customers leave it. */
const sameFlowStep = (a: NormalizedStep, b: NormalizedStep): boolean =>
  a.id === b.id && a.title === b.title && a.index === b.index && a.stageId === b.stageId && a.stageIndex === b.stageIndex && a.isStage === b.isStage && sameData(a.exit, b.exit) && sameData(a.nextIndices, b.nextIndices);

/** The map's settings the flow lane reads: its language, the selected column and `stall-after` (and whether it is collapsed). */
const FLOW_SETTINGS: readonly LaneSetting[] = ['locale', 'intlLocale', 'strings', 'selectedStepId', 'stallAfter'];

const FLOW_PARTS: readonly JourneyPart[] = ['title', 'locale', 'lanes', 'stages', 'edges', 'edgeFigures', 'individuals', 'stepIndexById', 'asOf'];

/**
 * Whether two versions of a map's journey draw and name the same flow lane: the same title, lanes,
 * stages, transitions and their figures, customers, "as of" date and language, and steps the same by
 * what the flow reads of them. After an update of another lane's text (the map keeps unchanged parts'
 * objects, stable-journey.ts) this is a few identity checks and one step's comparison.
 */
export function sameFlowInputs(a: NormalizedJourney, b: NormalizedJourney): boolean {
  return sameJourneyInputs(a, b, FLOW_PARTS, sameFlowStep);
}

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * The `flow` lane of a map, inside `<journey-flow>`: the flow of the map's journey laid out over the
 * map's columns (mirrored in a right-to-left map), its row, and the keys it adds to the map's grid.
 * The map keeps the tab stop and moves it between cells; on a step's cell, left and right go along
 * the links instead: to a way out of the step (a link or drop-off, drawn focused and announced while
 * the cell keeps the focus), then to the cell of the link's target. Enter on a focused link selects
 * the step with `toStepId` (through the map, which selects the column).
 */
export class FlowLane implements ReactiveController {
  view?: FlowView;
  /** The link or drop-off focused inside the cell of its step. */
  private way?: FlowFocus;
  /** The step whose links are highlighted: under the pointer, else of the focused cell. */
  private hovered?: number;
  private focused?: number;
  private readonly cache = new FlowCache();
  private table?: TransitionTable;
  /** The map's settings the view was derived with. */
  private settings?: MapSettings;
  private readonly drawing: FlowDrawing;
  /** Titles wrapped by measure are measured again once a late web font has loaded. */
  private readonly fonts: FontsController;

  constructor(
    private readonly host: Host,
    private readonly lane: LaneContextController,
  ) {
    host.addController(this);
    this.drawing = new FlowDrawing(() => getComputedStyle(host).fontFamily);
    this.fonts = new FontsController(host);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeyDown);
    this.host.addEventListener('focusin', this.onFocusIn);
    this.host.addEventListener('focusout', this.onFocusOut);
    this.host.addEventListener('pointerover', this.onPointerOver);
    this.host.addEventListener('pointerleave', this.onPointerLeave);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeyDown);
    this.host.removeEventListener('focusin', this.onFocusIn);
    this.host.removeEventListener('focusout', this.onFocusOut);
    this.host.removeEventListener('pointerover', this.onPointerOver);
    this.host.removeEventListener('pointerleave', this.onPointerLeave);
    this.way = undefined;
  }

  /** The flow of the map's journey over the map's columns; the transition table kept while the journey is. */
  derive(ownStallAfter: number | undefined): void {
    const journey = this.lane.journey;
    const layout = this.lane.layout;
    const settings = this.lane.settings;
    this.settings = settings;
    if (!journey || !layout) {
      this.view = undefined;
      return;
    }
    const table = this.cache.table(journey, settings?.stallAfter ?? ownStallAfter);
    // A new count: what was focused inside a cell may be gone.
    if (table !== this.table) this.way = undefined;
    this.table = table;
    const flow = this.cache.flow(journey, table, layout, this.host.matches(':dir(rtl)'));
    if (this.way && !focusExists(flow, this.way)) this.way = undefined;
    const words = { locale: settings?.locale ?? 'en', intlLocale: settings?.intlLocale ?? 'en', strings: settings?.strings };
    const highlight = this.hovered ?? (this.way ? ownerStep({ flow } as FlowView, this.way) : this.focused);
    this.view = { journey, table, flow, words, columnWidth: layout.columnWidth, focus: this.way, highlight };
  }

  render(): TemplateResult {
    const journey = this.lane.journey!;
    const settings = this.lane.settings;
    const view = this.view;
    const lane = journey.lanes.find((candidate) => candidate.kind === 'flow') ?? { kind: 'flow' as const, key: 'flow' };
    const title = laneTitle(lane, view?.words ?? ENGLISH);
    const collapsed = settings?.collapsed.has('flow') ?? false;
    const way = this.way;
    let announcement = '';
    if (view && way?.kind === 'link') announcement = linkText(view.journey, view.table, view.flow, way.index, view.words);
    if (view && way?.kind === 'exit') announcement = exitText(view.journey, view.table, view.flow, way.index, view.words);
    return renderFlowRow(this.lane.layout!, view, {
      title,
      collapsed,
      selectedStepId: settings?.selectedStepId,
      announcement,
      drawing: view && !collapsed ? this.drawing.draw(view, this.fonts.loads) : undefined,
      onToggle: () => emit(this.host, 'journey-lane-toggle', { lane: 'flow', collapsed: !collapsed }),
    });
  }

  /**
   * Whether an update that brings only the map's new values `fromMap` (no property of the flow
   * changed) changes what the lane draws: it draws no window (every column at once), and the same
   * flow inputs and the same settings it reads (not the open customer, say) draw the same row.
   */
  redraws(fromMap: readonly LaneContextKey[]): boolean {
    const drawn = this.view?.journey;
    const journey = this.lane.journey;
    const onlyMap = fromMap.length > 0 && fromMap.every((key) => key !== 'layout');
    return !onlyMap || !drawn || !journey || !sameLaneSettings(this.settings, this.lane.settings, FLOW_SETTINGS, 'flow') || !sameFlowInputs(drawn, journey);
  }

  /** `toStepId` of the link focused in `cell`, for the map's `journey-select`. */
  selectionDetail(cell: HTMLElement): { toStepId?: string } | undefined {
    const view = this.view;
    const way = this.way;
    if (!view || way?.kind !== 'link' || Number(cell.dataset.step) !== ownerStep(view, way)) return undefined;
    const to = view.journey.steps[view.flow.links[way.index].to];
    return to ? { toStepId: to.id } : undefined;
  }

  private cellOf(step: number): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>(`[role='gridcell'][data-step='${step}']`);
  }

  private stepOfEvent(event: Event): number | undefined {
    const origin = event.composedPath()[0];
    if (!(origin instanceof HTMLElement) || origin.getAttribute('role') !== 'gridcell') return undefined;
    const step = Number(origin.dataset.step);
    return Number.isInteger(step) ? step : undefined;
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const view = this.view;
    const step = this.stepOfEvent(event);
    if (!this.lane.inMap || !view || step === undefined || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key === 'Escape' && this.way) {
      event.preventDefault();
      this.setWay(undefined);
      return;
    }
    const next = flowLaneMove(view, step, this.way, event.key, this.host.matches(':dir(rtl)'));
    if (!next) {
      // The grid moves the focus elsewhere: what was focused inside this cell is left behind.
      if (event.key.startsWith('Arrow')) this.setWay(undefined);
      return;
    }
    event.preventDefault();
    const owner = ownerStep(view, next);
    this.setWay(next.kind === 'node' ? undefined : next);
    if (owner !== step) this.moveTo(step, owner);
  };

  /**
   * Focuses the cell of `to` and gives it the map's tab stop. The map's grid does not hear this focus
   * move: between two cells of this lane's shadow root, focusin stops at the lane (the target and
   * the related target are both the lane there). Its next key starts from the focused cell anyway.
   */
  private moveTo(from: number, to: number): void {
    const target = this.cellOf(to);
    if (!target) return;
    this.cellOf(from)?.setAttribute('tabindex', '-1');
    target.setAttribute('tabindex', '0');
    target.focus();
  }

  private setWay(way: FlowFocus | undefined): void {
    this.way = way;
    this.host.requestUpdate();
  }

  private readonly onFocusIn = (event: FocusEvent): void => {
    const step = this.stepOfEvent(event);
    if (step === this.focused) return;
    this.focused = step;
    if (this.way && this.view && ownerStep(this.view, this.way) !== step) this.way = undefined;
    this.host.requestUpdate();
  };

  private readonly onFocusOut = (event: FocusEvent): void => {
    const to = event.relatedTarget;
    if (to instanceof Node && (this.host.renderRoot.contains(to) || this.host.contains(to))) return;
    this.focused = undefined;
    this.way = undefined;
    this.host.requestUpdate();
  };

  private readonly onPointerOver = (event: PointerEvent): void => {
    const step = this.stepOfEvent(event);
    if (step === this.hovered) return;
    this.hovered = step;
    this.host.requestUpdate();
  };

  private readonly onPointerLeave = (): void => {
    if (this.hovered === undefined) return;
    this.hovered = undefined;
    this.host.requestUpdate();
  };
}

