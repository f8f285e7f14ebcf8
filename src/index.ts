// The public API, free of side effects: importing it defines no element (use define.js for that).
export { JourneyMap } from './elements/journey-map/journey-map.component.js';
export { StageLane } from './elements/stage-lane/stage-lane.component.js';
export { PersonaCard } from './elements/persona-card/persona-card.component.js';
export { EmotionCurve } from './elements/emotion-curve/emotion-curve.component.js';
export { OpportunityMatrix } from './elements/opportunity-matrix/opportunity-matrix.component.js';
export { JourneyFlow } from './elements/journey-flow/journey-flow.component.js';

export * from './model/types.js';
export { validateJourney } from './model/validate.js';
export { normalizeJourney } from './model/normalize.js';
export { safeUrl, type UrlKind } from './model/url.js';
export { applyJourneyPatch, type JsonPatch, type JsonPatchOperation, type PatchProblem, type PatchResult } from './edit/json-patch.js';
export { diffJourneys, isSameJourney } from './model/diff.js';
export { journeyDiffSummary, type DiffSummaryOptions } from './model/diff-summary.js';
export type {
  DiffEmotion,
  DiffMetric,
  DiffMove,
  DiffPainPoint,
  DiffRename,
  DiffStage,
  DiffStep,
  DiffStepChange,
  JourneyDiff,
} from './model/diff.js';
export {
  lintJourney,
  lintValidated,
  LINT_WEIGHTS,
  SEVERE_PAIN,
  type LintCode,
  type LintOptions,
  type LintResult,
  type LintRuleCount,
  type LintWarning,
} from './model/lint.js';

export { computeColumns, type ColumnOptions } from './layout/columns.js';
export { activeFilter, dimmedSteps, stepMatches, withCriterion, type FilterKey, type JourneyFilter } from './layout/filter.js';
export { fixFirst, stageRollup, type CategoryRollup, type FixFirstEntry, type StageRollup } from './layout/rollup.js';
export { opportunityMatrix, type MatrixCard, type OpportunityMatrix as OpportunityMatrixData } from './layout/matrix.js';
export { evidenceSummary, type EvidenceSummary } from './layout/evidence.js';
export { layoutFlow, type FlowLayout, type FlowLink, type FlowDrop, type FlowNode } from './layout/flow.js';
export { transitionTable, type TransitionTable, type FlowTransition, type FlowExit, type FlowSource } from './model/transitions.js';
export type { ColumnBox, ColumnLayout, StageBox } from './layout/types.js';

export type {
  JourneyChangeDetail,
  JourneyChangeEvent,
  JourneyCustomerSelectDetail,
  JourneyCustomerSelectEvent,
  JourneyErrorDetail,
  JourneyErrorEvent,
  JourneyEventMap,
  JourneyFilterChangeDetail,
  JourneyFilterChangeEvent,
  JourneyLaneToggleDetail,
  JourneyLaneToggleEvent,
  JourneyReviewDueDetail,
  JourneyReviewDueEvent,
  JourneySelectDetail,
  JourneySelectEvent,
} from './events.js';
export type { GridRow } from './controllers/grid-row.js';
export type { MapSettings } from './context/settings-context.js';
export { journeyContext } from './context/journey-context.js';
export { layoutContext } from './context/layout-context.js';
export { settingsContext } from './context/settings-context.js';
export type { Locale, StringOverrides } from './i18n/locale.js';
export type { CsvOptions } from './layout/export-csv.js';
export { JourneyCustomers } from './elements/journey-customers/journey-customers.component.js';
export type { PngOptions } from './export/svg.js';
export {
  emotionToScore,
  journeyFromMermaid,
  journeyToMermaid,
  scoreToEmotion,
  type FromMermaidOptions,
  type ScoreScale,
  type ToMermaidOptions,
} from './import/mermaid.js';
export type { ImportOptions, ImportResult, TextProblem } from './import/problems.js';
export {
  customerProgress,
  DEFAULT_STALL_AFTER_DAYS,
  finalSteps,
  progressState,
  type CustomerProgress,
  type ProgressOptions,
  type ProgressState,
} from './model/progress.js';
export { experienceScore, FINISHED, MOVING, STALLED, summarizeCustomers, type CustomerSummary, type CustomersSummary } from './model/customers.js';
export { journeyFromCSV, type FromCSVOptions } from './import/csv.js';
export { journeyToCSV, type ToCSVOptions, type ToCSVResult } from './import/to-csv.js';
