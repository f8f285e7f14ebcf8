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
import type { JourneyDocument, JourneyProblem, LaneKind, StepFields } from './types.js';
import { validateJourney } from './validate.js';
import { laneKey } from './lane-key.js';
// The validation errors lintJourney returns speak its `locale` too.
import '../locales/ru.js';
import '../locales/ro.js';

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
 * little of what normalizing builds, and lint must cost little more than validation. One walk over
 * the columns feeds every rule; paths and messages are only built for what fails.
 */
export function lintValidated(doc: JourneyDocument, options: LintOptions = {}): LintResult {
  const run = new LintRun(doc, options);
  run.walk();
  run.stages();
  run.review();
  run.personas();
  run.lanes();
  return run.result();
}

function emptyCounts(): Record<LintCode, LintRuleCount> {
  const counts = {} as Record<LintCode, LintRuleCount>;
  for (const [code, weight] of Object.entries(LINT_WEIGHTS)) counts[code as LintCode] = { weight, checked: 0, failed: 0 };
  return counts;
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** A lane the document lists, as the empty-lane rule checks it. */
interface ListedLane {
  key: string;
  kind: LaneKind;
  field?: string;
  index: number;
  title: string;
  filled: boolean;
}

/** A column's departments, as written and lowercased (departments compare without case). */
interface Owners {
  names: string[];
  keys: string[];
}

class LintRun {
  private readonly warnings: LintWarning[] = [];
  private readonly counts = emptyCounts();
  private readonly locale;
  private readonly intlLocale: string;
  private readonly now: number;
  private readonly cycle;
  /** What the walk learns for the rules that run after it. */
  private readonly assumed: Uint8Array;
  private readonly backed: Uint8Array;
  private readonly firstColumn: Array<string | undefined> = [];
  /** Personas with no emotion met yet (the walk stops looking once it is empty or a shared emotion is met). */
  private readonly unfelt: Set<string>;
  private everyone = false;
  private readonly listed: ListedLane[];
  /** Listed lanes not yet seen filled (the walk stops looking at lanes once it is 0). */
  private unfilled: number;
  /** The owners of the column before, as written and lowercased. */
  private before: Owners = { names: [], keys: [] };

  constructor(
    private readonly doc: JourneyDocument,
    options: LintOptions,
  ) {
    this.locale = toLocale(typeof options.locale === 'string' ? options.locale : doc.locale);
    this.intlLocale = text(options.intlLocale) ?? text(options.locale) ?? text(doc.locale) ?? this.locale;
    const given = typeof options.now === 'string' ? parseInstant(options.now) : options.now;
    this.now = typeof given === 'number' && Number.isFinite(given) ? given : Date.now();
    this.cycle = parseDuration(doc.reviewEvery);
    this.assumed = new Uint8Array(doc.stages.length);
    this.backed = new Uint8Array(doc.stages.length);
    this.listed = listedLanes(doc);
    this.unfilled = this.listed.length;
    this.unfelt = new Set((doc.personas ?? []).map((persona) => persona.id));
  }

  /** A date in words, in the reader's language (the UTC day, as documents write days). */
  private day(instant: number): string {
    return formatDay(instant, this.intlLocale);
  }

  /** Counts one check of a rule; true when it failed (then the caller adds the warning). */
  private failed(code: LintCode, failed: boolean): boolean {
    const count = this.counts[code];
    count.checked++;
    if (failed) count.failed++;
    return failed;
  }

  private warn(code: LintCode, path: string, values: Record<string, string | number> = {}, at: Partial<LintWarning> = {}): void {
    this.warnings.push({ code, path, message: lintMessage(code, this.locale, values), ...at });
  }

  /** Every column (a step, or a stage without steps) once, in document order. */
  walk(): void {
    // Metrics are stale against the date the data describes (asOf), else now.
    const reference = this.cycle ? (parseInstant(this.doc.asOf) ?? this.now) : 0;
    const stages = this.doc.stages;
    for (let stageIndex = 0; stageIndex < stages.length; stageIndex++) {
      const stage = stages[stageIndex];
      const steps = stage.steps;
      if (steps && steps.length > 0) {
        for (let index = 0; index < steps.length; index++) this.column(steps[index], stageIndex, index, reference);
      } else {
        this.column(stage, stageIndex, -1, reference);
      }
    }
  }

  /**
   * Rules about one column (severe pains, moments of truth, department switches, stale metrics).
   * Its fields are read in one pass over its keys: columns come in many shapes (which optional
   * fields, in which order), so reading each field by name costs a megamorphic look-up per field
   * and column, several times the cost of this pass (V8 reads `step[key]` of a for-in by index).
   */
  private column(step: StepFields, stageIndex: number, stepIndex: number, reference: number): void {
    let id: unknown, title: unknown, pains: unknown, ideas: unknown, moment: unknown, metrics: unknown;
    let owner: unknown, touchpoints: unknown, evidence: unknown, insights: unknown, emotion: unknown;
    const fields = step as Record<string, unknown>;
    for (const key in fields) {
      const value = fields[key];
      switch (key) {
        case 'id': id = value; break;
        case 'title': title = value; break;
        case 'painPoints': pains = value; break;
        case 'opportunities': ideas = value; break;
        case 'momentOfTruth': moment = value; break;
        case 'metrics': metrics = value; break;
        case 'owner': owner = value; break;
        case 'touchpoints': touchpoints = value; break;
        case 'evidence': evidence = value; break;
        case 'insights': insights = value; break;
        case 'emotion': emotion = value; break;
      }
    }
    const column: ColumnRef = { id: id as string, title: title as string, stageIndex, stepIndex };
    if (Array.isArray(pains)) {
      const hasIdea = Array.isArray(ideas) && ideas.length > 0;
      for (let painIndex = 0; painIndex < pains.length; painIndex++) {
        const severity = record(pains[painIndex]).severity;
        if (typeof severity !== 'number' || severity < SEVERE_PAIN) continue;
        if (this.failed('severe-pain-no-opportunity', !hasIdea)) {
          this.warn('severe-pain-no-opportunity', `${columnPath(column)}/painPoints/${painIndex}`, { step: column.title, severity }, { stepId: column.id, lane: 'painPoints' });
        }
      }
    }
    if (moment === true && this.failed('moment-without-metric', list(metrics).length === 0)) {
      this.warn('moment-without-metric', `${columnPath(column)}/momentOfTruth`, { step: column.title }, { stepId: column.id, lane: 'metrics' });
    }
    this.ownerRule(column, text(owner), Array.isArray(touchpoints) ? touchpoints : undefined);
    if (this.cycle && Array.isArray(metrics)) this.staleMetrics(column, metrics, reference);
    // What the rules after the walk read.
    this.firstColumn[stageIndex] ??= column.id;
    if (evidence === 'assumption') this.assumed[stageIndex] = 1;
    if (evidence === 'research' || evidence === 'data' || list(insights).length > 0) this.backed[stageIndex] = 1;
    // Until every persona is known to feel something.
    if (!this.everyone && this.unfelt.size > 0) {
      if (typeof emotion === 'number') this.everyone = true;
      else if (emotion && typeof emotion === 'object') for (const persona in emotion) this.unfelt.delete(persona);
    }
    if (this.unfilled > 0) {
      for (const lane of this.listed) {
        if (lane.filled || !(lane.kind === 'text' ? hasText(step[lane.field!]) : hasLaneData(lane.kind, step))) continue;
        lane.filled = true;
        this.unfilled--;
      }
    }
  }

  /**
   * The department-switch rule, and the column's owners for the next column (`stepOwners`, kept
   * lowercased beside as written, so each owner is lowercased once).
   */
  private ownerRule(column: ColumnRef, own: string | undefined, touchpoints: unknown[] | undefined): void {
    const ownKey = own?.toLowerCase();
    const before = this.before;
    if (before.keys.length > 0) {
      let switched = ownKey !== undefined && !before.keys.includes(ownKey);
      for (let index = 0; !switched && touchpoints && index < touchpoints.length; index++) {
        const owner = text(record(touchpoints[index]).owner);
        switched = owner !== undefined && !before.keys.includes(owner.toLowerCase());
      }
      if (switched && this.failed('switch-without-owner', !own)) {
        this.warn('switch-without-owner', columnPath(column), { step: column.title, from: before.names.join(', ') }, { stepId: column.id, lane: 'owner' });
      }
    }
    // This column's owners become `before`: the step's owner, else its touchpoints' (distinct without case).
    if (own !== undefined) {
      this.before = { names: [own], keys: [ownKey!] };
      return;
    }
    const owners: Owners = { names: [], keys: [] };
    for (const touchpoint of touchpoints ?? []) {
      const owner = text(record(touchpoint).owner);
      const key = owner?.toLowerCase();
      if (key === undefined || owners.keys.includes(key)) continue;
      owners.names.push(owner!);
      owners.keys.push(key);
    }
    this.before = owners;
  }

  private staleMetrics(column: ColumnRef, metrics: unknown[], reference: number): void {
    metrics.forEach((value, metricIndex) => {
      const latest = latestMeasurement(record(value).history);
      if (latest === undefined) return;
      if (!this.failed('stale-metric', addDuration(latest, this.cycle!) < reference)) return;
      const metricId = String(record(value).metric);
      const label = this.doc.metrics?.find((metric) => metric.id === metricId)?.label ?? metricId;
      this.warn('stale-metric', `${columnPath(column)}/metrics/${metricIndex}`, { metric: label, step: column.title, date: this.day(latest) }, { stepId: column.id, lane: 'metrics' });
    });
  }

  /** A stage rests on assumptions when a column says so and none has research, data or insights. */
  stages(): void {
    this.doc.stages.forEach((stage, index) => {
      if (this.failed('stage-on-assumptions', this.assumed[index] === 1 && this.backed[index] === 0)) {
        this.warn('stage-on-assumptions', `/stages/${index}`, { stage: stage.title }, { stepId: this.firstColumn[index] });
      }
    });
  }

  review(): void {
    const reviewed = parseInstant(this.doc.reviewedAt);
    if (!this.cycle || reviewed === undefined) return;
    const due = addDuration(reviewed, this.cycle);
    if (this.failed('review-due', due <= this.now)) this.warn('review-due', '/reviewedAt', { date: this.day(due) });
  }

  personas(): void {
    const personas = this.doc.personas ?? [];
    if (personas.length === 0) return;
    for (const one of this.doc.individuals ?? []) {
      if (one.persona && one.events.some((event) => typeof event.emotion === 'number')) this.unfelt.delete(one.persona);
    }
    personas.forEach((persona, index) => {
      if (this.failed('persona-without-emotion', !this.everyone && this.unfelt.has(persona.id))) {
        this.warn('persona-without-emotion', `/personas/${index}`, { persona: persona.name });
      }
    });
  }

  /** Lanes the document lists (default lanes always have data). */
  lanes(): void {
    for (const lane of this.listed) {
      const filled =
        lane.filled ||
        (lane.kind === 'emotion' && (this.doc.individuals ?? []).some((one) => one.events.some((event) => typeof event.emotion === 'number')));
      if (this.failed('empty-lane', !filled)) this.warn('empty-lane', `/lanes/${lane.index}`, { lane: lane.title }, { lane: lane.key });
    }
  }

  result(): LintResult {
    let lost = 0;
    for (const count of Object.values(this.counts)) if (count.checked > 0) lost += (count.weight * count.failed) / count.checked;
    return { ok: true, score: Math.round(100 - lost), warnings: this.warnings, rules: this.counts, errors: [] };
  }
}

/** Where a column sits: a stage without steps (`stepIndex` −1) or a step. */
interface ColumnRef {
  id: string;
  title: string;
  stageIndex: number;
  stepIndex: number;
}

/** The JSON Pointer of a column. */
function columnPath({ stageIndex, stepIndex }: ColumnRef): string {
  return stepIndex < 0 ? `/stages/${stageIndex}` : `/stages/${stageIndex}/steps/${stepIndex}`;
}

/** The lanes the document lists that the empty-lane rule checks, each once, in the document's order. */
function listedLanes(doc: JourneyDocument): ListedLane[] {
  const seen = new Set<string>();
  const listed: ListedLane[] = [];
  (doc.lanes ?? []).forEach((spec, index) => {
    const key = laneKey(spec.kind, spec.field);
    if (seen.has(key) || !LINTED_LANES.has(spec.kind) || (spec.kind === 'text' && typeof spec.field !== 'string')) return;
    seen.add(key);
    listed.push({ key, kind: spec.kind, field: spec.field, index, title: spec.title ?? key, filled: false });
  });
  return listed;
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
function takesOver(before: readonly string[], own: string | undefined, step: StepFields): boolean {
  if (before.length === 0) return false;
  const isNew = (owner: string | undefined) => owner !== undefined && !before.some((known) => known.toLowerCase() === owner.toLowerCase());
  return isNew(own) || list(step.touchpoints).some((touchpoint) => isNew(text(record(touchpoint).owner)));
}

/**
 * Another department takes over at `step`: its touchpoints are owned by a department that did not own
 * the column before (its step owner, else its touchpoints' owners), or its own owner differs from the
 * one before. Departments compare without case.
 */
export function isDepartmentSwitch(previous: StepFields, step: StepFields): boolean {
  return takesOver(stepOwners(previous), text(step.owner), step);
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

