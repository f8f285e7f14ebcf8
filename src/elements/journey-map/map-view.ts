import { html, nothing, type TemplateResult } from 'lit';
import type { ColumnWindow } from '../../context/column-window-context.js';
import type { MapSettings } from '../../context/settings-context.js';
import type { JourneyFilter } from '../../layout/filter.js';
import { columnsOverflow } from '../../layout/overview.js';
import type { ColumnLayout } from '../../layout/types.js';
import type { LintWarning } from '../../model/lint.js';
import type { PreparedJourney } from '../../model/prepare-journey.js';
import type { JourneyProblem, NormalizedJourney } from '../../model/types.js';
import { renderCustomerLane, renderCustomerLine, renderOffMapEvents, renderUnknownCustomer, stepBadge } from './customer-lane.js';
import { renderComparisonSummary, renderStepComparison } from './map-compare.js';
import { renderFilterToolbar } from './map-filter.js';
import { renderGrid } from './map-grid.js';
import { renderMapHeader, renderWarnings, type HeaderView } from './map-header.js';
import type { Persona } from '../../model/types.js';
import { clockValue } from './map-freshness.js';
import { headingLevel } from '../shared/heading.js';
import type { HealthPanel } from './map-health.js';
import { hasLaneChildren, renderDefaultLanes } from './map-lanes.js';
import type { MapModel, MapWords } from './map-model.js';
import { renderOverviewBox } from './map-overview.js';
import type { RollupNotes } from './map-rollup.js';
import type { JourneyMapProperties } from './journey-map.properties.js';
import type { MapEditing } from './map-edit-feature.js';

/** What the map's body is drawn from, beyond its properties and derived model. */
export interface MapView {
  map: JourneyMapProperties;
  model: MapModel;
  words: MapWords;
  header: HeaderView;
  /** Warnings shown in the dismissible note (validation's and the `lanes` attribute's); none once dismissed. */
  warnings: readonly JourneyProblem[];
  onDismissWarnings: () => void;
  settings?: MapSettings;
  columnWindow?: ColumnWindow;
  /** The clock for the health panel's dates (epoch ms). */
  now: number;
  onSlotChange: () => void;
  onShowWarning: (warning: LintWarning) => void;
  onShowStep: (stepId: string) => void;
  onFilterChange: (filter: JourneyFilter) => void;
  /** `editable` only: the editor, its status and the drop line. */
  editing: () => TemplateResult | typeof nothing;
  /** `health` and `rollups`: their code once loaded (undefined meanwhile, or when off). */
  health?: HealthPanel;
  rollups?: RollupNotes;
}

/**
 * The map under its properties: header, comparison line, opened customer, warnings, health and
 * fix-first panels, toolbar, overview, the grid with its lanes, and the editor.
 */
export function renderMapView(journey: NormalizedJourney, layout: ColumnLayout, prepared: PreparedJourney, view: MapView): TemplateResult {
  const { map, model } = view;
  const { words } = view;
  const compareView = model.compareView(journey);
  const comparison = model.comparison(journey);
  const dimmed = model.dimmed(journey);
  const summary = model.summary(journey);
  const customer = model.opened(journey);
  const selectedStepId = view.settings?.selectedStepId;
  return html`${renderMapHeader(journey, view.header)} ${renderComparisonSummary(comparison, compareView)}
    ${customer ? renderCustomerLine(journey, customer, words) : map.customer ? renderUnknownCustomer(map.customer, words) : nothing}
    ${view.warnings.length ? renderWarnings(view.warnings, words, view.onDismissWarnings) : nothing}
    ${map.health && view.health ? view.health.render(prepared.result.journey ?? journey.source, view.now, { ...words, onShow: view.onShowWarning }) : nothing}
    ${map.rollups && view.rollups ? view.rollups.fixFirst(journey, { ...words, onShow: view.onShowStep }) : nothing}
    ${map.toolbar ? renderFilterToolbar(journey, { ...words, filter: map.filter, dimmed, onChange: view.onFilterChange }) : nothing}
    ${!map.noOverview && columnsOverflow(layout) ? renderOverviewBox() : nothing}
    ${renderGrid(journey, layout, {
      ...words,
      dimmed,
      selectedStepId,
      columnWindow: view.columnWindow,
      lanes: hasLaneChildren(map) ? nothing : renderDefaultLanes(journey, comparison?.before?.source),
      onSlotChange: view.onSlotChange,
      stageNote: map.rollups && view.rollups ? (index) => view.rollups!.stage(journey, index, words) : undefined,
      stepNote: comparison && { key: comparison, render: (step) => renderStepComparison(step, comparison, compareView) },
      customerLane: customer ? renderCustomerLane(journey, layout, customer, { ...words, selectedStepId }) : nothing,
      badge: summary ? (step) => stepBadge(summary, step, words) : undefined,
    })}
    ${customer ? renderOffMapEvents(journey, customer, words) : nothing}
    ${map.editable ? view.editing() : nothing}
    <slot name="customers"></slot>`;
}

/** What the reader opened in the header: a persona's full card, a narrow map's details (the map's Lit state). */
export interface HeaderUi {
  openPersona?: Persona;
  detailsOpen?: boolean;
}

/** The header's view: title level, theme, what the reader opened (`ui`, changed through `setUi`), freshness, and an editable map's buttons. */
export function headerView(map: JourneyMapProperties, words: MapWords, ui: HeaderUi, setUi: (ui: HeaderUi) => void, editing?: MapEditing): HeaderView {
  const { intlLocale } = words;
  return {
    ...words,
    headingLevel: headingLevel(map.headingLevel, 2),
    theme: map.theme,
    openPersona: ui.openPersona,
    onOpenPersona: (persona) => setUi({ ...ui, openPersona: persona }),
    onClosePersona: () => setUi({ ...ui, openPersona: undefined }),
    detailsOpen: ui.detailsOpen,
    onToggleDetails: () => setUi({ ...ui, detailsOpen: !ui.detailsOpen }),
    freshness: { intlLocale, now: clockValue(map.now) },
    editButton: editing && ((field) => editing.editButton(field, words)),
    personaEditButton: editing && ((persona) => editing.personaEditButton(persona, words)),
  };
}
