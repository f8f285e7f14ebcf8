import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { ColumnWindow } from '../../context/column-window-context.js';
import { gridSize } from '../shared/grid-size.js';
import { renderLaneToggle } from '../shared/lane-toggle.js';
import { styleProps } from '../shared/style-props.js';
import { laneTitle } from '../../i18n/lane-strings.js';
import { mapString } from '../../i18n/map-strings.js';
import type { ColumnLayout } from '../../layout/types.js';
import type { LaneKind, NormalizedJourney, NormalizedLane } from '../../model/types.js';
import { laneKey } from '../../model/lane-key.js';
import { renderStepHeader } from '../shared/step-header.js';
import { dataLang } from '../shared/data-lang.js';
import { renderLaneCell } from './lane-cells.js';
import { renderShowAll, type CellClip } from './cell-clip.js';
import { painLegend, renderPainLegend } from './cells/pain-legend.js';
import { renderSwitchLegend } from './cells/switch-legend.js';
import { switchLegend } from '../../views/touchpoints.js';
import { columnIndex, ghostsBefore } from '../../layout/ghost-columns.js';
import { renderGhostCell } from '../shared/ghost-column.js';
import { type Translator } from '../../i18n/translator.js';

/** Everything one lane row shows besides the journey and the layout. */
export interface LaneView extends Translator {
  lane: NormalizedLane;
  persona?: string;
  selectedStepId?: string;
  collapsed: boolean;
  /** Inside a map: which cells are drawn in full yet (the others are empty for a moment). */
  columnWindow?: ColumnWindow;
  /** Capped cells (cell-clip.ts); without it cells grow to their content. */
  clip?: CellClip;
  /** The `no-switches` attribute: no switch markers in the touchpoint cells, no legend of them. */
  noSwitches?: boolean;
  onToggle: () => void;
}

function renderHeader(journey: NormalizedJourney, layout: ColumnLayout, view: LaneView): TemplateResult {
  const name = laneTitle(view.lane, view);
  const visibility = mapString(view, 'lane.visibilityLine');
  return html`<div
    role="rowheader"
    part="lane-header"
    class="header"
    tabindex="-1"
    aria-colindex="1"
    style=${styleProps({ inlineSize: `${layout.headerWidth}px` })}
  >
    ${view.lane.kind === 'backstage'
      ? html`<div role="separator" part="visibility-line" class="visibility" aria-label=${visibility}>${visibility}</div>`
      : nothing}
    ${renderLaneToggle({ ...view, title: name, collapsed: view.collapsed, onToggle: view.onToggle })}
    ${view.lane.kind === 'painPoints' && !view.collapsed ? renderPainLegend(painLegend(journey, view), view.locale) : nothing}
    ${view.lane.kind === 'touchpoints' && !view.collapsed
      ? renderSwitchLegend(switchLegend(journey.steps, { journey, locale: view.locale, intlLocale: view.intlLocale, strings: view.strings, noSwitches: view.noSwitches }))
      : nothing}
  </div>`;
}

/**
 * One lane as grid-row content: the sticky row header (name and collapse toggle), then one cell per
 * step column, each exactly `layout.columnWidth` wide so it sits under its step header. A collapsed
 * lane keeps only its header.
 */
export function renderLaneRow(journey: NormalizedJourney, layout: ColumnLayout, view: LaneView): TemplateResult {
  const base = { journey, locale: view.locale, intlLocale: view.intlLocale, strings: view.strings, persona: view.persona, noSwitches: view.noSwitches };
  const { lane } = view;
  // Everything a cell reads besides its step and the step before it (cells/*.ts): when none of it
  // changed, a cell whose steps are the same objects is skipped (the map keeps unchanged steps' objects).
  const shared = [lane.kind, lane.field, layout.columnWidth, view.locale, view.intlLocale, view.strings, view.persona, view.noSwitches];
  const fromJourney = [journey.personas, journey.seriesIds, journey.scale, journey.channels, journey.metrics, journey.locale, journey.source.asOf];
  // Only touchpoint cells read the step before (their switch markers): other lanes keep the cell after a changed one.
  const readsPrevious = lane.kind === 'touchpoints';
  return html`${renderHeader(journey, layout, view)}${view.collapsed
    ? nothing
    : repeat(
        journey.steps,
        (step) => step.id,
        (step, index) => {
          const selected = step.id === view.selectedStepId;
          const previous = journey.steps[index - 1];
          const shown = view.columnWindow?.shows(step, lane.key) ?? true;
          const { clip } = view;
          const expanded = clip?.expanded.has(step.id) ?? false;
          // The selected column reads in full; a cell the reader opened keeps its "Show less".
          const clipped = !selected && !expanded && (clip?.clipped.has(step.id) ?? false);
          const capped = clip !== undefined && !selected && !expanded;
          const classes = `cell${selected ? ' selected' : ''}${capped ? ' capped' : ''}${clipped ? ' clipped' : ''}${expanded ? ' expanded' : ''}`;
          const colIndex = columnIndex(layout, index);
          const cell = guard([step, readsPrevious ? previous : undefined, index, selected, shown, capped, clipped, expanded, colIndex, ...shared, ...fromJourney], () => html`<div
            role="gridcell"
            part=${selected ? 'cell selected' : 'cell'}
            class=${classes}
            tabindex="-1"
            aria-colindex=${colIndex}
            aria-selected=${selected ? 'true' : 'false'}
            data-step-id=${step.id}
            data-stage-id=${step.stageId}
          >${shown ? renderLaneCell(lane, step, { ...base, previous }) : nothing}${clip && (clipped || expanded)
            ? renderShowAll(step.id, expanded, clip, view)
            : nothing}</div>`);
          // A compared map's removed steps: an empty ghost cell in their places (layout/ghost-columns.ts).
          const ghosts = ghostsBefore(layout, index);
          return ghosts.length ? html`${ghosts.map((ghost) => renderGhostCell(ghost))}${cell}` : cell;
        },
      )}${view.collapsed ? nothing : ghostsBefore(layout, journey.steps.length).map((ghost) => renderGhostCell(ghost))}`;
}

/**
 * A lane on its own: a grid with a header row of step titles (so the lane reads alone) above the
 * lane's row, scrolling sideways when the columns do not fit.
 */
export function renderStandaloneGrid(
  journey: NormalizedJourney,
  layout: ColumnLayout,
  view: LaneView & { onClick: (event: MouseEvent) => void },
): TemplateResult {
  return html`<div class="scroller" tabindex="-1" style=${styleProps({ scrollPaddingInlineStart: `${layout.headerWidth}px` })}>
    <div
      class="grid"
      part="grid"
      role="grid"
      aria-label=${laneTitle(view.lane, view)}
      aria-rowcount="2"
      aria-colcount=${journey.steps.length + 1}
      style=${styleProps(gridSize(layout))}
      @click=${view.onClick}
    >
      <div role="row" class="head" aria-rowindex="1">
        <div role="columnheader" class="corner" tabindex="-1" aria-colindex="1" style=${styleProps({ inlineSize: `${layout.headerWidth}px` })}>
          ${mapString(view, 'grid.lane')}
        </div>
        ${journey.steps.map((step) =>
          renderStepHeader(step, {
            locale: view.locale,
            intlLocale: view.intlLocale,
            strings: view.strings,
            width: layout.columnWidth,
            selected: step.id === view.selectedStepId,
            dataLang: dataLang(journey),
          }),
        )}
      </div>
      <div role="row" class=${classMap({ row: true, 'row--backstage': view.lane.kind === 'backstage' })} aria-rowindex="2">
        ${renderLaneRow(journey, layout, view)}
      </div>
    </div>
  </div>`;
}

const CELL_ROLES = new Set(['rowheader', 'gridcell', 'columnheader']);

/** The grid cells (row header, step cells, step headers) that are direct children of `container`. */
export function gridCellsIn(container: ParentNode | null | undefined): HTMLElement[] {
  if (!container) return [];
  return Array.from(container.children).filter(
    (child): child is HTMLElement => child instanceof HTMLElement && CELL_ROLES.has(child.getAttribute('role') ?? ''),
  );
}

/** The lane a `<stage-lane>` draws: its kind and field, titled by its attribute, else by the document's lane of the same key. */
export function laneOf(journey: NormalizedJourney, element: { kind: LaneKind; field?: string; laneTitle?: string }): NormalizedLane {
  const key = laneKey(element.kind, element.field);
  const lane: NormalizedLane = { kind: element.kind, key };
  const title = element.laneTitle ?? journey.lanes.find((candidate) => candidate.key === key)?.title;
  if (title !== undefined) lane.title = title;
  if (element.kind === 'text') lane.field = element.field ?? '';
  return lane;
}
