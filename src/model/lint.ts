/**
 * lintJourney: a health check of the map itself. Validation says whether a document can be drawn;
 * lint says whether it is a good map by the method — severe pains with no idea to fix them, moments
 * of truth nobody measures, hand-offs nobody owns, stages that rest only on guesses, stale numbers.
 *
 * Pure and DOM-free, so a team's CI can run it over the journey files it keeps in git (node).
 * The rules and the score formula are documented in docs/insights.md; the tests compute them by hand.
 */
import { formatDay } from '../i18n/date-format.js';
import { toLocale } from '../i18n/locale.js';
import { lintMessage, type LintCode } from '../i18n/lint-messages.js';
import { stepOwners } from '../layout/switches.js';
import { addDuration, parseDuration, parseInstant } from './dates.js';
import { hasLaneData } from './normalize.js';
import type { JourneyDocument, JourneyProblem, StepFields } from './types.js';
import { validateJourney } from './validate.js';
import { laneKey } from './lane-key.js';

export type { LintCode } from '../i18n/lint-messages.js';

export interface LintWarning {
  code: LintCode;
  /** JSON Pointer of what the warning is about, in the document as given. */
  path: string;
  /** Localized, plain text. */
  message: string;
  /** The column (step, or stage without steps) the warning belongs to, when it belongs to one. */
  stepId?: string;
  /** The lane key of the cell the warning points at, when it points at a cell. */
  lane?: string;
}

/** What one rule found: how many things it checked, how many failed, and how much of the score it holds. */
export interface LintRuleCount {
  weight: number;
  checked: number;
  failed: number;
}

export interface LintResult {
  /** False when the document is not valid: then `errors` says why and there are no warnings. */
  ok: boolean;
  /** 0–100: 100 minus, per rule, its weight × failed / checked (rules that check nothing cost nothing), rounded. */
  score: number;
  warnings: LintWarning[];
  rules: Record<LintCode, LintRuleCount>;
  /** The validation errors of an invalid document. */
  errors: JourneyProblem[];
}

export interface LintOptions {
  /** Locale of the messages: 'en' (default), 'ru', 'ro'. */
  locale?: string;
  /** BCP 47 tag the dates in messages are written in ("1 October 2026"); default `locale`, else the document's. */
  intlLocale?: string;
  /** The current time (epoch ms or an ISO 8601 date); default the clock. Review due is measured from it. */
  now?: number | string;
}

/** Each rule's share of the 100 points, in the order the rules run. They add up to 100. */
export const LINT_WEIGHTS: Readonly<Record<LintCode, number>> = {
  'severe-pain-no-opportunity': 25,
  'moment-without-metric': 15,
  'stage-on-assumptions': 15,
  'switch-without-owner': 10,
  'stale-metric': 10,
  'review-due': 10,
  'persona-without-emotion': 10,
  'empty-lane': 5,
};

/** Pain points of this severity or more need an opportunity in their step. */
export const SEVERE_PAIN = 4;

/** Validates and lints a document given as an object or JSON text. Never throws. */
export function lintJourney(input: unknown, options: LintOptions = {}): LintResult {
  const validation = validateJourney(input, { locale: options.locale });
  if (!validation.ok || !validation.journey) {
    return { ok: false, score: 0, warnings: [], rules: emptyCounts(), errors: validation.errors };
  }
  return lintValidated(validation.journey, options);
}

/**
 * Lints a document that validateJourney accepted (its `journey`, or a map's `source`), so a map does
 * not validate it twice. It reads the document as written, without normalizing it: the rules need
 * little of what normalizing builds, and lint must cost little more than validation.
 */
export function lintValidated(doc: JourneyDocument, options: LintOptions = {}): LintResult {
  const run = new LintRun(doc, options);
  const columns = columnsOf(doc);
  run.columns(columns);
  run.stages(doc, columns);
  run.review();
  run.personas(columns);
  run.lanes(columns);
  return run.result();
}

function emptyCounts(): Record<LintCode, LintRuleCount> {
  const counts = {} as Record<LintCode, LintRuleCount>;
  for (const [code, weight] of Object.entries(LINT_WEIGHTS)) counts[code as LintCode] = { weight, checked: 0, failed: 0 };
  return counts;
}

/** A column of the map as the document writes it: a step, or a stage without steps. */
interface Column {
  fields: StepFields;
  id: string;
  title: string;
  path: string;
  stageIndex: number;
}

function columnsOf(doc: JourneyDocument): Column[] {
  const columns: Column[] = [];
  doc.stages.forEach((stage, stageIndex) => {
    if (stage.steps && stage.steps.length > 0) {
      stage.steps.forEach((step, index) =>
        columns.push({ fields: step, id: step.id, title: step.title, path: `/stages/${stageIndex}/steps/${index}`, stageIndex }),
      );
    } else {
      columns.push({ fields: stage, id: stage.id, title: stage.title, path: `/stages/${stageIndex}`, stageIndex });
    }
  });
  return columns;
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

class LintRun {
  private readonly warnings: LintWarning[] = [];
  private readonly counts = emptyCounts();
  private readonly locale;
  private readonly intlLocale: string;
  private readonly now: number;
  private readonly cycle;

  constructor(
    private readonly doc: JourneyDocument,
    options: LintOptions,
  ) {
    this.locale = toLocale(typeof options.locale === 'string' ? options.locale : doc.locale);
    this.intlLocale = text(options.intlLocale) ?? text(options.locale) ?? text(doc.locale) ?? this.locale;
    const given = typeof options.now === 'string' ? parseInstant(options.now) : options.now;
    this.now = typeof given === 'number' && Number.isFinite(given) ? given : Date.now();
    this.cycle = parseDuration(doc.reviewEvery);
  }

  /** A date in words, in the reader's language (the UTC day, as documents write days). */
  private day(instant: number): string {
    return formatDay(instant, this.intlLocale);
  }

  private check(code: LintCode, failed: boolean, path: string, values: Record<string, string | number> = {}, at: Partial<LintWarning> = {}): void {
    const count = this.counts[code];
    count.checked++;
    if (!failed) return;
    count.failed++;
    this.warnings.push({ code, path, message: lintMessage(code, this.locale, values), ...at });
  }

  /** Rules about one column: severe pains, moments of truth, department switches, stale metrics. */
  columns(columns: Column[]): void {
    // Metrics are stale against the date the data describes (asOf), else now.
    const reference = parseInstant(this.doc.asOf) ?? this.now;
    let before: string[] = [];
    for (const { fields: step, id, title, path } of columns) {
      const hasIdea = list(step.opportunities).length > 0;
      list(step.painPoints).forEach((pain, painIndex) => {
        const severity = record(pain).severity;
        if (typeof severity !== 'number' || severity < SEVERE_PAIN) return;
        this.check('severe-pain-no-opportunity', !hasIdea, `${path}/painPoints/${painIndex}`,
          { step: title, severity }, { stepId: id, lane: 'painPoints' });
      });
      if (step.momentOfTruth === true) {
        this.check('moment-without-metric', list(step.metrics).length === 0, `${path}/momentOfTruth`,
          { step: title }, { stepId: id, lane: 'metrics' });
      }
      const owners = stepOwners(step);
      if (takesOver(before, step)) {
        this.check('switch-without-owner', !text(step.owner), path,
          { step: title, from: before.join(', ') }, { stepId: id, lane: 'owner' });
      }
      before = owners;
      if (this.cycle) this.staleMetrics(step, id, title, path, reference);
    }
  }

  private staleMetrics(step: StepFields, stepId: string, title: string, path: string, reference: number): void {
    list(step.metrics).forEach((value, metricIndex) => {
      const latest = latestMeasurement(record(value).history);
      if (latest === undefined) return;
      const metricId = String(record(value).metric);
      const label = this.doc.metrics?.find((metric) => metric.id === metricId)?.label ?? metricId;
      this.check('stale-metric', addDuration(latest, this.cycle!) < reference, `${path}/metrics/${metricIndex}`,
        { metric: label, step: title, date: this.day(latest) }, { stepId, lane: 'metrics' });
    });
  }

  /** A stage rests on assumptions when a column says so and none has research, data or insights. */
  stages(doc: JourneyDocument, columns: Column[]): void {
    const assumed = new Uint8Array(doc.stages.length);
    const backed = new Uint8Array(doc.stages.length);
    const first: Array<string | undefined> = [];
    for (const { fields, id, stageIndex } of columns) {
      first[stageIndex] ??= id;
      if (fields.evidence === 'assumption') assumed[stageIndex] = 1;
      if (fields.evidence === 'research' || fields.evidence === 'data' || list(fields.insights).length > 0) backed[stageIndex] = 1;
    }
    doc.stages.forEach((stage, index) => {
      this.check('stage-on-assumptions', assumed[index] === 1 && backed[index] === 0, `/stages/${index}`,
        { stage: stage.title }, { stepId: first[index] });
    });
  }

  review(): void {
    const reviewed = parseInstant(this.doc.reviewedAt);
    if (!this.cycle || reviewed === undefined) return;
    const due = addDuration(reviewed, this.cycle);
    this.check('review-due', due <= this.now, '/reviewedAt', { date: this.day(due) });
  }

  personas(columns: Column[]): void {
    const personas = this.doc.personas ?? [];
    if (personas.length === 0) return;
    const felt = new Set<string>();
    let everyone = false;
    for (const { fields } of columns) {
      const emotion = fields.emotion;
      if (typeof emotion === 'number') everyone = true;
      else if (emotion && typeof emotion === 'object') for (const id of Object.keys(emotion)) felt.add(id);
    }
    for (const one of this.doc.individuals ?? []) {
      if (one.persona && one.events.some((event) => typeof event.emotion === 'number')) felt.add(one.persona);
    }
    personas.forEach((persona, index) => {
      this.check('persona-without-emotion', !everyone && !felt.has(persona.id), `/personas/${index}`, { persona: persona.name });
    });
  }

  /** Lanes the document lists (default lanes always have data). */
  lanes(columns: Column[]): void {
    const seen = new Set<string>();
    (this.doc.lanes ?? []).forEach((spec, index) => {
      const key = laneKey(spec.kind, spec.field);
      if (seen.has(key) || !LINTED_LANES.has(spec.kind) || (spec.kind === 'text' && typeof spec.field !== 'string')) return;
      seen.add(key);
      const filled =
        spec.kind === 'text'
          ? columns.some(({ fields }) => hasText(fields[spec.field!]))
          : columns.some(({ fields }) => hasLaneData(spec.kind, fields)) ||
            (spec.kind === 'emotion' && (this.doc.individuals ?? []).some((one) => one.events.some((event) => typeof event.emotion === 'number')));
      this.check('empty-lane', !filled, `/lanes/${index}`, { lane: spec.title ?? key }, { lane: key });
    });
  }

  result(): LintResult {
    let lost = 0;
    for (const count of Object.values(this.counts)) if (count.checked > 0) lost += (count.weight * count.failed) / count.checked;
    return { ok: true, score: Math.round(100 - lost), warnings: this.warnings, rules: this.counts, errors: [] };
  }
}

/** Lane kinds whose cells read one step field; flow and customer lanes have no per-step data to lack. */
const LINTED_LANES = new Set<string>([
  'actions', 'thoughts', 'questions', 'motivations', 'barriers', 'touchpoints', 'emotion', 'painPoints',
  'opportunities', 'backstage', 'metrics', 'owner', 'insights', 'text',
]);

function hasText(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  return Array.isArray(value) && value.some((item) => typeof item === 'string' && item.trim() !== '');
}

/** A department that did not own the column before (`before`) appears in this one: as its owner or a touchpoint's. */
function takesOver(before: readonly string[], step: StepFields): boolean {
  if (before.length === 0) return false;
  const isNew = (owner: string | undefined) => owner !== undefined && !before.some((known) => known.toLowerCase() === owner.toLowerCase());
  return isNew(text(step.owner)) || list(step.touchpoints).some((touchpoint) => isNew(text(record(touchpoint).owner)));
}

/**
 * Another department takes over at `step`: its touchpoints are owned by a department that did not own
 * the column before (its step owner, else its touchpoints' owners), or its own owner differs from the
 * one before. Departments compare without case.
 */
export function isDepartmentSwitch(previous: StepFields, step: StepFields): boolean {
  return takesOver(stepOwners(previous), step);
}

/** The newest valid `at` of a metric value's history, or undefined when it has no dated measurement. */
function latestMeasurement(history: unknown): number | undefined {
  let latest: number | undefined;
  for (const point of list(history)) {
    const instant = parseInstant(record(point).at);
    if (instant !== undefined && (latest === undefined || instant > latest)) latest = instant;
  }
  return latest;
}

