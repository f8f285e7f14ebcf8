import { ColumnWindowController } from '../../controllers/column-window-controller.js';
import { GridNavigationController } from '../../controllers/grid-navigation-controller.js';
import type { GridRow } from '../../controllers/grid-row.js';
import { HeadPaddingController } from '../../controllers/head-padding-controller.js';
import { PrintController } from '../../controllers/print-controller.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import type { ColumnLayout } from '../../layout/types.js';
import type { JourneyDocument, NormalizedJourney } from '../../model/types.js';
import { dataLang } from '../shared/data-lang.js';
import { measureClippedNow } from '../stage-lane/cell-clip.js';
import type { JourneyMapProperties } from './journey-map.properties.js';
import { MapInteraction } from './map-interaction.js';
import { gridRows, laneRows, type MapRow } from './map-lanes.js';
import type { MapWords } from './map-model.js';
import { OverviewController } from './overview-controller.js';

/** What the map's controllers read from it (each a getter: they run long after construction). */
export interface MapParts {
  map: JourneyMapProperties;
  /** The map and its lanes have rendered the last change. */
  rendered: () => Promise<boolean>;
  journey: () => NormalizedJourney | undefined;
  layout: () => ColumnLayout | undefined;
  persona: () => string | undefined;
  /** The document as written (`journey`, else the loaded one): what an edit changes. */
  document: () => JourneyDocument | undefined;
  words: () => MapWords;
  collapsed: () => ReadonlySet<string>;
  setCollapsed: (collapsed: ReadonlySet<string>) => void;
  flushForPrint: () => void;
}

export type MapControllers = ReturnType<typeof mapControllers>;

/**
 * The controllers of `<journey-map>` beside its document controller: size, print, the columns drawn
 * so far, the reader's clicks and keys, the sticky header's padding and the overview strip. Editing and
 * dragging are added when the map first becomes `editable` (map-edit-feature.ts, loaded on demand).
 */
export function mapControllers(parts: MapParts) {
  const { map, journey } = parts;
  const scroller = (): HTMLElement | null => map.renderRoot?.querySelector<HTMLElement>('.scroller') ?? null;
  /** The lane elements in order (default lanes or the author's), once the grid is rendered. */
  const laneElements = (): GridRow[] => (map.renderRoot && scroller() ? laneRows(map, map.renderRoot) : []);
  /** The grid's rows in order: the two header rows, then every lane element. */
  const rows = (): MapRow[] => (map.renderRoot && scroller() ? gridRows(map, map.renderRoot) : []);
  /** One lane's row, without reading every lane's cells. */
  const laneRow = (key: string): MapRow | undefined => {
    const element = laneElements().find((lane) => lane.laneKey === key);
    return element && { element, cells: element.gridCells() };
  };
  const resize = new ResizeController(map, { target: scroller });
  const print = new PrintController(map, parts.flushForPrint);
  const columnWindow = new ColumnWindowController(map, {
    scroller,
    width: () => resize.width || map.clientWidth,
    lanes: laneElements,
    rendered: parts.rendered,
    beforePaint: measureClippedNow,
  });
  const interaction: MapInteraction = new MapInteraction({
    element: map,
    rows,
    journey,
    select: (stepId) => (map.selected = stepId),
    collapsed: parts.collapsed,
    setCollapsed: parts.setCollapsed,
    focusCell: (cell) => navigation.focusCell(cell),
    updateComplete: () => map.updateComplete,
  });
  const navigation = new GridNavigationController(map, {
    rows: () => rows().map((row) => row.cells),
    onActivate: (cell) => interaction.activate(cell),
    onEscape: () => {
      map.selected = undefined;
      scroller()?.focus();
    },
  });
  const rtl = () => getComputedStyle(map).direction === 'rtl';
  const words = parts.words;
  // The sticky header's height becomes the scroller's scroll padding, so focused cells stay in view.
  new HeadPaddingController(map, { head: () => map.renderRoot?.querySelector<HTMLElement>('.head') ?? null, scroller });
  // The overview strip above an overflowing grid, drawn when idle and on scroll (map-overview.ts).
  new OverviewController(map, {
    box: () => map.renderRoot?.querySelector<HTMLElement>('.overview') ?? null,
    scroller,
    journey,
    layout: parts.layout,
    persona: parts.persona,
    words: () => {
      const current = journey();
      return { ...words(), lang: current && dataLang(current) };
    },
    focusStage: (stageId) => {
      const header = Array.from(map.renderRoot.querySelectorAll<HTMLElement>('.stage-row > .stage')).find((cell) => cell.dataset.stageId === stageId);
      if (header) navigation.focusCell(header);
    },
  });
  return { scroller, laneElements, rows, laneRow, resize, print, columnWindow, interaction, navigation, rtl };
}
