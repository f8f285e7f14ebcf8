import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { gridSize } from '../shared/grid-size.js';
import { styleProps } from '../shared/style-props.js';
import type { ColumnWindow } from '../../context/column-window-context.js';
import { mapString } from '../../i18n/map-strings.js';
import type { ColumnLayout } from '../../layout/types.js';
import type { NormalizedJourney, NormalizedStep } from '../../model/types.js';
import { renderStepHeader } from '../shared/step-header.js';
import { renderDimmedShades } from './map-filter.js';
import { dataLang, dirOf } from '../shared/data-lang.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { columnCount, columnIndex, ghostsBefore } from '../../layout/ghost-columns.js';
import { stageRowBoxes } from '../shared/ghost-column.js';
import { renderGhostHeader, renderGhostStage } from './map-ghosts.js';
import { type Translator } from '../../i18n/translator.js';

export interface GridView extends Translator {
  selectedStepId?: string;
  /** Which step columns are drawn in full yet (column-window-context.ts); all when undefined. */
  columnWindow?: ColumnWindow;
  /** The default lanes, or nothing when the author composed lanes as children (they fill the slot). */
  lanes: TemplateResult | typeof nothing;
  /** The `customer` lane, drawn first under the step headers. */
  customerLane?: TemplateResult | typeof nothing;
  /** Per step index: the "N now, M stalled" badge of its header (documents with individuals). */
  badge?: (step: number) => { text: string; spoken: string } | undefined;
  onSlotChange: () => void;
  /** Step ids outside the filter: their headers are muted and their columns shaded (map-filter.ts). */
  dimmed?: ReadonlySet<string>;
  /** Extra content of a step header, and the object whose change re-renders the headers (a comparison). */
  stepNote?: { render: (step: NormalizedStep) => TemplateResult | typeof nothing; key: unknown };
  /** Extra content of a stage header, by the stage's index (the `rollups` summary). */
  stageNote?: (stageIndex: number) => TemplateResult | typeof nothing;
}

function corner(layout: ColumnLayout, label: string): TemplateResult {
  return html`<div
    role="columnheader"
    part="corner"
    class="corner"
    tabindex="-1"
    aria-colindex="1"
    style=${styleProps({ inlineSize: `${layout.headerWidth}px` })}
  >${label}</div>`;
}

/**
 * The two header rows of the map grid: stages (each spanning its steps' columns) and steps. Widths
 * come from the layout, the same numbers every lane uses, so headers and cells line up.
 */
function renderGridHead(journey: NormalizedJourney, layout: ColumnLayout, view: GridView): TemplateResult {
  const { locale, intlLocale, strings } = view;
  const lang = dataLang(journey);
  return html`<div role="row" class="stage-row" aria-rowindex="1">
      ${corner(layout, mapString(view, 'grid.stage'))}
      ${stageRowBoxes(layout).map((item) => {
        if ('ghost' in item) return renderGhostStage(item.ghost, view);
        const box = item.stage;
        const stage = journey.stages[box.index];
        return html`<div
          role="columnheader"
          part="stage"
          class="stage"
          tabindex="-1"
          aria-colindex=${box.colIndex ?? box.firstStep + 2}
          aria-colspan=${box.colSpan ?? box.stepCount}
          data-stage-id=${box.stageId}
          style=${styleProps({ inlineSize: `${box.width}px` })}
        >
          <span class="stage__title" lang=${ifDefined(lang)} dir=${ifDefined(dirOf(lang))}>${stage.title}</span>
          ${stage.description
            ? html`<span class="stage__description" lang=${ifDefined(lang)} dir=${ifDefined(dirOf(lang))} title=${stage.description}>${stage.description}</span>`
            : ''}
          ${view.stageNote?.(box.index) ?? nothing}
        </div>`;
      })}
    </div>
    <div role="row" class="step-row" aria-rowindex="2">
      ${corner(layout, mapString(view, 'grid.lane'))}
      ${journey.steps.map((step) => {
        const selected = step.id === view.selectedStepId;
        const shown = view.columnWindow?.shows(step) ?? true;
        // Unchanged steps keep their objects across updates (stable-journey.ts): their headers are skipped.
        const note = view.stepNote;
        const dimmed = view.dimmed?.has(step.id) ?? false;
        const badge = view.badge?.(step.index);
        const colIndex = columnIndex(layout, step.index);
        const header = guard([step, selected, shown, dimmed, layout.columnWidth, locale, intlLocale, strings, note?.key, lang, badge?.text, badge?.spoken, colIndex], () =>
          renderStepHeader(step, {
            locale,
            intlLocale,
            strings,
            width: layout.columnWidth,
            selected,
            shown,
            dimmed,
            // A header not drawn yet shows only its title: its note is made once, when its column is drawn.
            note: shown ? note?.render(step) : undefined,
            dataLang: lang,
            badge,
            colIndex,
          }),
        );
        // A compared map's removed steps sit between their old neighbours (layout/ghost-columns.ts).
        const ghosts = ghostsBefore(layout, step.index);
        return ghosts.length ? html`${ghosts.map((ghost) => renderGhostHeader(ghost, view))}${header}` : header;
      })}${ghostsBefore(layout, journey.steps.length).map((ghost) => renderGhostHeader(ghost, view))}
    </div>`;
}

/**
 * The scrolling grid: two sticky header rows, then the lanes. `aria-rowcount` is set after render,
 * once the lane elements (which may be composed children) are known.
 */
export function renderGrid(journey: NormalizedJourney, layout: ColumnLayout, view: GridView): TemplateResult {
  return html`<div part="scroller" class="scroller" tabindex="-1" style=${styleProps({ scrollPaddingInlineStart: `${layout.headerWidth}px` })}>
    <div
      role="grid"
      part="grid"
      class="grid"
      aria-label=${mapString(view, 'map.label', { title: journey.title })}
      aria-colcount=${columnCount(layout, journey.steps.length)}
      style=${styleProps(gridSize(layout))}
    >
      <div role="rowgroup" class="head">${renderGridHead(journey, layout, view)}</div>
      <div role="rowgroup" class="lanes">${view.customerLane ?? nothing}${view.lanes}<slot @slotchange=${view.onSlotChange}></slot>${renderDimmedShades(layout, view.dimmed)}</div>
    </div>
  </div>`;
}
