/**
 * The journey document, version 1: what a host application passes in.
 * Field meanings are documented in docs/journey-format.md; schema.json mirrors these types.
 * All text is plain text, never HTML.
 */

export type JourneyState = 'current' | 'future';
export type Evidence = 'research' | 'data' | 'assumption';
export type Level = 'low' | 'medium' | 'high';

/** The four classic pain-point categories; any other string is a team's own category. */
export type PainPointCategory = 'financial' | 'process' | 'support' | 'performance' | (string & {});

/** Emotion of a step: one value for every persona, or a value per persona id. */
export type EmotionValue = number | Record<string, number>;

export interface EmotionScale {
  /** Lowest value (default -2). */
  min?: number;
  /** Highest value (default 2). */
  max?: number;
  /** Labels for values on the scale, keyed by the value written as a string ("-2", "0", "2"). */
  labels?: Record<string, string>;
}

export interface Persona {
  id: string;
  name: string;
  role?: string;
  description?: string;
  quote?: string;
  /** https: or data:image URL of a picture. */
  image?: string;
  goals?: string[];
  needs?: string[];
  frustrations?: string[];
  expectations?: string[];
  beliefs?: string[];
  attributes?: Record<string, string | number>;
  [custom: string]: unknown;
}

export interface Channel {
  id: string;
  label: string;
  /** A built-in icon name (see docs/journey-format.md); defaults to a generic icon. */
  icon?: string;
  /** Device the channel lives on, used to mark device switches. */
  device?: 'mobile' | 'desktop' | 'phone' | 'in-person' | 'any' | (string & {});
  [custom: string]: unknown;
}

export interface MetricDefinition {
  id: string;
  label: string;
  min?: number;
  max?: number;
  /** Default true. */
  higherIsBetter?: boolean;
  /** Unit shown after values, e.g. "%" or "s". */
  unit?: string;
  description?: string;
  [custom: string]: unknown;
}

export interface Touchpoint {
  channel: string;
  text?: string;
  /** Department or team owning this touchpoint. */
  owner?: string;
  [custom: string]: unknown;
}

export interface PainPoint {
  text: string;
  category?: PainPointCategory;
  /** 1 (minor) .. 5 (critical). */
  severity?: number;
  persona?: string;
  [custom: string]: unknown;
}

/** Where an opportunity stands: an idea, planned, being built, or done. */
export type OpportunityStatus = 'idea' | 'planned' | 'in-progress' | 'done';

export interface Opportunity {
  text: string;
  owner?: string;
  impact?: Level;
  effort?: Level;
  status?: OpportunityStatus;
  [custom: string]: unknown;
}

export interface BackstageItem {
  text: string;
  actor?: string;
  system?: string;
  [custom: string]: unknown;
}

/** One earlier measurement of a metric at a step. */
export interface MetricMeasurement {
  /** ISO 8601 date (or date-time) of the measurement. */
  at: string;
  value: number;
}

/** What a piece of evidence is: a customer's words, something a researcher saw, or a number. */
export type InsightKind = 'quote' | 'observation' | 'data';

/** One piece of the research behind a step. */
export interface Insight {
  kind: InsightKind;
  text: string;
  /** Where it comes from: "Interview 7", "GA4", "Support tickets Q1". */
  source?: string;
  /** ISO 8601 date (or date-time) it was collected. */
  at?: string;
  /** How many people or records it stands for. */
  n?: number;
  /** https: or http: link to the source. */
  url?: string;
  [custom: string]: unknown;
}

export interface MetricValue {
  metric: string;
  value: number;
  target?: number;
  previous?: number;
  /** Measurements in time order, oldest first; the last one is usually `value` itself (docs/over-time.md). */
  history?: MetricMeasurement[];
  [custom: string]: unknown;
}

/** How many customers take a transition or an exit: a share of those at the step, and/or a count. */
export interface FlowFigures {
  /** 0..1 of the customers at the step. */
  share?: number;
  /** Number of customers. */
  count?: number;
  /** Plain-text name of the transition, e.g. "Checks price". */
  label?: string;
}

/** One transition of `next` with its figures. */
export interface NextTransition extends FlowFigures {
  step: string;
}

/** A `next` item: a step id, or a transition with its share, count and label. */
export type NextItem = string | NextTransition;

/** The content of one column of the map. */
export interface StepFields {
  description?: string;
  actions?: string[];
  thoughts?: string[];
  questions?: string[];
  motivations?: string[];
  barriers?: string[];
  touchpoints?: Touchpoint[];
  emotion?: EmotionValue;
  painPoints?: PainPoint[];
  opportunities?: Opportunity[];
  backstage?: BackstageItem[];
  metrics?: MetricValue[];
  momentOfTruth?: boolean;
  owner?: string;
  evidence?: Evidence;
  /** The research behind the step: quotes, observations, data. */
  insights?: Insight[];
  /** The steps (or step-less stages) that may follow, by id or with their share; default: the following step. */
  next?: NextItem[];
  /** The drop-off at this step: customers who leave the journey here. */
  exit?: FlowFigures;
  [custom: string]: unknown;
}

export interface Step extends StepFields {
  id: string;
  title: string;
}

/** A stage with `steps`, or a stage without steps that carries the step fields itself (one column). */
export interface Stage extends StepFields {
  id: string;
  title: string;
  steps?: Step[];
}

export type LaneKind =
  | 'actions'
  | 'thoughts'
  | 'questions'
  | 'motivations'
  | 'barriers'
  | 'touchpoints'
  | 'emotion'
  | 'painPoints'
  | 'opportunities'
  | 'backstage'
  | 'metrics'
  | 'owner'
  | 'insights'
  | 'flow'
  | 'text';

export interface LaneSpec {
  kind: LaneKind;
  title?: string;
  /** For `text` lanes: the custom step field (string or string[]) to show. */
  field?: string;
}

export interface IndividualEvent {
  step: string;
  /** ISO 8601 date-time. */
  at?: string;
  emotion?: number;
  channel?: string;
  /** What happened, in the customer's or the team's words (plain text). */
  note?: string;
  [custom: string]: unknown;
}

export interface Individual {
  id: string;
  label?: string;
  /** The customer's segment, e.g. "SMB" (plain text). */
  segment?: string;
  persona?: string;
  /** Facts about the customer shown with them, e.g. `{ "ARR": 12000 }`. */
  attributes?: Record<string, string | number>;
  events: IndividualEvent[];
  [custom: string]: unknown;
}

export interface JourneyDocument {
  schemaVersion: 1;
  title: string;
  description?: string;
  locale?: string;
  state?: JourneyState;
  goal?: string;
  scale?: EmotionScale;
  personas?: Persona[];
  channels?: Channel[];
  metrics?: MetricDefinition[];
  stages: Stage[];
  lanes?: LaneSpec[];
  individuals?: Individual[];
  /** ISO 8601 date the data describes: "Data as of …" in the header, and the "now" of stalled customers (default: the current date). */
  asOf?: string;
  /** ISO 8601 date of the last review of the map. */
  reviewedAt?: string;
  /** ISO 8601 duration between reviews (`P6M`); past `reviewedAt` + this, the map is due for review. */
  reviewEvery?: string;
  /** The map's own version label, e.g. "2026.2". */
  version?: string;
  /** Who keeps the map up to date. */
  owner?: string;
  [custom: string]: unknown;
}

/* ------------------------------------------------------------------------------------------ */
/* Validation                                                                                   */

export type Severity = 'error' | 'warning';

export interface JourneyProblem {
  /** JSON Pointer to the offending value, e.g. `/stages/2/steps/0/emotion` ('' for the root). */
  path: string;
  /** Stable machine-readable code, e.g. `duplicate-id`. */
  code: string;
  /** Plain-language, localized message. */
  message: string;
  severity: Severity;
  /** Where, in the reader's words: "stage “Book”, step “Calls the booking line”" (localized); absent when the path names no item. */
  place?: string;
}

export interface ValidationResult {
  ok: boolean;
  /** A safe copy of the input (own data properties only, no `__proto__`/`constructor`/`prototype` keys,
   * out-of-scale emotions clamped, unsafe URLs removed) when there are no errors. */
  journey?: JourneyDocument;
  errors: JourneyProblem[];
  warnings: JourneyProblem[];
}

export interface ValidateOptions {
  /**
   * Locale of the messages: 'en' (default), 'ru', 'ro'; region subtags are ignored. Russian and
   * Romanian once `journey-elements/locales/ru.js` / `ro.js` is imported (every element imports
   * both); until then English, and the console says once which import is missing.
   */
  locale?: string;
}

/* ------------------------------------------------------------------------------------------ */
/* Normalized shape used by layout and elements                                                 */

export interface NormalizedStep extends StepFields {
  id: string;
  title: string;
  /** Position in the flat ordered step list. */
  index: number;
  stageId: string;
  stageIndex: number;
  /** Position of the step inside its stage. */
  indexInStage: number;
  /** True when this column is a stage without steps. */
  isStage: boolean;
  /** Emotion per persona id; a single document-wide value is stored under every persona id, or under
   * `DEFAULT_PERSONA` when the document has no personas. Missing values are absent (never 0). */
  emotionByPersona: Record<string, number>;
  /** Indices (into `steps`) of the steps that may follow. */
  nextIndices: number[];
}

export interface NormalizedStage {
  id: string;
  title: string;
  description?: string;
  index: number;
  /** Index of the first step of this stage in the flat list. */
  firstStep: number;
  stepCount: number;
}

export interface NormalizedLane {
  kind: LaneKind;
  /** Stable key: the kind, or `text:<field>` for text lanes. */
  key: string;
  /** Title from the document; when absent elements use the localized lane name. */
  title?: string;
  field?: string;
}

export interface NormalizedScale {
  min: number;
  max: number;
  labels: Record<string, string>;
}

export interface NormalizedJourney {
  /** The validated document this was built from. */
  source: JourneyDocument;
  title: string;
  description?: string;
  goal?: string;
  locale?: string;
  state: JourneyState;
  scale: NormalizedScale;
  personas: Persona[];
  /** Ids to draw emotion series for: the persona ids, or [DEFAULT_PERSONA] if there are none. */
  seriesIds: string[];
  channels: Map<string, Channel>;
  metrics: Map<string, MetricDefinition>;
  stages: NormalizedStage[];
  steps: NormalizedStep[];
  /** Step index by step (or step-less stage) id. */
  stepIndexById: Map<string, number>;
  lanes: NormalizedLane[];
  /** `[from, to]` step indices of every transition (explicit `next` or the default following step). */
  edges: Array<[number, number]>;
  /** The share, count and label written for each edge, at the same index as `edges` (`{}` when none). */
  edgeFigures?: FlowFigures[];
  individuals: Individual[];
}

/** Series id used for emotions when the document has no personas. */
export const DEFAULT_PERSONA = '*';

/**
 * Lane kinds that read step fields, in their default order. The emotion curve comes first, right under
 * the step headers: it is the line every reader looks for, and at 1440×900 it must be on the first
 * screen. The `flow` lane is not listed (it reads `next`, `exit` and `individuals`): `defaultLanes`
 * puts it right after the emotion lane.
 */
export const LANE_ORDER: readonly LaneKind[] = [
  'emotion',
  'actions',
  'thoughts',
  'questions',
  'motivations',
  'barriers',
  'touchpoints',
  'painPoints',
  'opportunities',
  'backstage',
  'metrics',
  'owner',
  'insights',
];
