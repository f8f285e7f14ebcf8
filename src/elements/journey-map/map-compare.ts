import { html, nothing, type TemplateResult } from 'lit';
import { timeString, type TimeStringKey } from '../../i18n/time-strings.js';
import { diffJourneys, type DiffEmotion, type DiffMetric, type DiffPainPoint, type JourneyDiff } from '../../model/diff.js';
import { formatDelta } from '../../model/diff-summary.js';
import { DEFAULT_PERSONA, type NormalizedJourney, type NormalizedStep } from '../../model/types.js';
import type { SceneOptions, StepNote } from '../../export/scene.js';
import { CHANGES_KEY } from '../../export/map-csv-rows.js';
import { ghostColumns, type GhostColumn } from '../../layout/ghost-columns.js';
import { labelledGhosts } from './map-ghosts.js';
import { prepareJourney, type PreparedJourney } from '../../model/prepare-journey.js';
import type { Translator } from '../../i18n/translator.js';
import { dataText, uiDir, uiWithData } from '../shared/bidi.js';
import { dataLang } from '../shared/data-lang.js';

export { compareStyles } from './compare.styles.js';

/** What changed at one column of the map, against the compared document. */
export interface StepComparison {
  added: boolean;
  movedFrom?: string;
  renamedFrom?: string;
  emotions: DiffEmotion[];
  metrics: DiffMetric[];
  resolved: DiffPainPoint[];
  newPainPoints: DiffPainPoint[];
}

/** The map's document against `compareTo`: the compared document prepared, and the diff from it to the map's. */
export interface MapComparison {
  prepared: PreparedJourney;
  /** The compared journey, when it has no errors. */
  before?: NormalizedJourney;
  diff?: JourneyDiff;
  byStep: Map<string, StepComparison>;
  /** The compared document's columns this one does not have, where the grid draws them (ghost-columns.ts). */
  ghosts: GhostColumn[];
}

function stepComparison(byStep: Map<string, StepComparison>, id: string): StepComparison {
  let entry = byStep.get(id);
  if (!entry) {
    entry = { added: false, emotions: [], metrics: [], resolved: [], newPainPoints: [] };
    byStep.set(id, entry);
  }
  return entry;
}

function indexByStep(diff: JourneyDiff): Map<string, StepComparison> {
  const byStep = new Map<string, StepComparison>();
  for (const step of diff.steps.added) stepComparison(byStep, step.id).added = true;
  for (const move of diff.steps.moved) stepComparison(byStep, move.id).movedFrom = move.fromStage.title;
  for (const rename of diff.steps.renamed) stepComparison(byStep, rename.id).renamedFrom = rename.from;
  for (const emotion of diff.emotions) stepComparison(byStep, emotion.stepId).emotions.push(emotion);
  for (const metric of diff.metrics) stepComparison(byStep, metric.stepId).metrics.push(metric);
  // Pain points of removed steps are listed with those steps, in the "Removed steps" strip.
  const removed = new Set(diff.steps.removed.map((step) => step.id));
  for (const pain of diff.painPoints.resolved) if (!removed.has(pain.stepId)) stepComparison(byStep, pain.stepId).resolved.push(pain);
  for (const pain of diff.painPoints.added) stepComparison(byStep, pain.stepId).newPainPoints.push(pain);
  return byStep;
}

/** Recomputes the comparison only when the compared input, the locale or the map's journey changes. */
export class ComparisonMemo {
  private last?: { input: unknown; words: Translator; journey: NormalizedJourney; value: MapComparison };

  get(input: unknown, words: Translator, journey: NormalizedJourney | undefined): MapComparison | undefined {
    if (input === undefined || input === null || !journey) return undefined;
    const last = this.last;
    if (last && last.input === input && last.words === words && last.journey === journey) return last.value;
    const prepared = prepareJourney(input, words.locale, last?.value.prepared);
    const value: MapComparison = { prepared, byStep: new Map(), ghosts: [] };
    if (prepared.journey) {
      value.before = prepared.journey;
      value.diff = diffJourneys(prepared.journey, journey);
      value.byStep = indexByStep(value.diff);
      value.ghosts = labelledGhosts(ghostColumns(prepared.journey, journey), words);
    }
    this.last = { input, words, journey, value };
    return value;
  }
}

export interface CompareView extends Translator {
  journey: NormalizedJourney;
}

const say = (view: CompareView, key: TimeStringKey, values: Record<string, string | number> = {}) =>
  timeString(view, key, values);

function personaName(journey: NormalizedJourney, id: string): string {
  const persona = journey.personas.find((candidate) => candidate.id === id);
  return typeof persona?.name === 'string' && persona.name.trim() ? persona.name : id;
}

/** One change at a step, as the header shows it and the CSV export writes it. */
interface ChangeLine {
  kind: 'new' | 'note' | 'better' | 'worse' | 'resolved' | 'new-pain';
  text: string;
}

function changeLines(entry: StepComparison, view: CompareView): ChangeLine[] {
  const delta = (value: number, unit?: string) => formatDelta(value, unit, view.locale, view.intlLocale);
  const judged = (better: boolean, text: string): ChangeLine => ({
    kind: better ? 'better' : 'worse',
    text: `${text} · ${say(view, better ? 'compare.better' : 'compare.worse')}`,
  });
  const lines: ChangeLine[] = [];
  if (entry.added) lines.push({ kind: 'new', text: say(view, 'compare.new') });
  if (entry.movedFrom) lines.push({ kind: 'note', text: say(view, 'compare.moved', { stage: entry.movedFrom }) });
  if (entry.renamedFrom) lines.push({ kind: 'note', text: say(view, 'compare.renamed', { title: entry.renamedFrom }) });
  for (const emotion of entry.emotions) {
    const text =
      emotion.persona === DEFAULT_PERSONA || view.journey.seriesIds.length < 2
        ? say(view, 'compare.emotion', { delta: delta(emotion.delta) })
        : say(view, 'compare.emotionOf', { persona: personaName(view.journey, emotion.persona), delta: delta(emotion.delta) });
    lines.push(judged(emotion.delta > 0, text));
  }
  for (const metric of entry.metrics) {
    const definition = view.journey.metrics.get(metric.metric);
    const unit = typeof definition?.unit === 'string' ? definition.unit : undefined;
    const label = typeof definition?.label === 'string' && definition.label.trim() ? definition.label : metric.metric;
    lines.push(judged(metric.delta > 0 === (definition?.higherIsBetter !== false), say(view, 'compare.metric', { metric: label, delta: delta(metric.delta, unit) })));
  }
  for (const pain of entry.resolved) lines.push({ kind: 'resolved', text: pain.text });
  for (const pain of entry.newPainPoints) lines.push({ kind: 'new-pain', text: pain.text });
  return lines;
}

function renderLine(line: ChangeLine, view: CompareView): TemplateResult {
  switch (line.kind) {
    case 'new':
      return html`<li class="change change--new"><span class="tag tag--new">${line.text}</span></li>`;
    case 'new-pain':
      return html`<li class="change change--worse"><span class="tag tag--new">${say(view, 'compare.new')}</span> ${line.text}</li>`;
    default:
      return html`<li class=${line.kind === 'note' ? 'change' : `change change--${line.kind}`}>${line.text}</li>`;
  }
}

/**
 * The resolved pain points of a step as one short line, "Resolved: 2", so a step that resolved many
 * does not grow its header and push the lanes down: the struck-through texts follow it in the header,
 * read by screen readers, shown when the header is focused or its column selected, and in the
 * line's tooltip.
 */
function renderResolved(lines: ChangeLine[], view: CompareView): TemplateResult | typeof nothing {
  if (!lines.length) return nothing;
  const label = say(view, 'compare.resolvedCount', { count: lines.length });
  return html`<li class="change change--better change--resolved" title=${[`${say(view, 'compare.resolved')}:`, ...lines.map((line) => line.text)].join('\n')}>
    <span class="tag">${label}</span>
    <ul class="resolved-list visually-hidden">${lines.map((line) => html`<li><s class="pain--resolved">${line.text}</s></li>`)}</ul>
  </li>`;
}

/**
 * The changes under a step's title: New, moved, renamed, emotion and metric deltas (colour and a
 * word), the count of resolved pain points (their texts struck through, see renderResolved) and new
 * ones. Inside the step's column header, so moving through the grid reads them.
 */
export function renderStepComparison(step: NormalizedStep, comparison: MapComparison | undefined, view: CompareView): TemplateResult | typeof nothing {
  const entry = comparison?.byStep.get(step.id);
  if (!entry || !comparison) return nothing;
  const notes = stepNotes(comparison, view);
  let note = notes.get(step.id);
  if (!note) {
    note = stepNote(entry, view);
    notes.set(step.id, note);
  }
  return note;
}

/**
 * The changes under each step's title, made once per comparison, language and column: a header
 * drawn again (selected, dimmed, a new chunk of columns beside it) reuses its note.
 */
const noteCache = new WeakMap<MapComparison, { view: CompareView; notes: Map<string, TemplateResult> }>();
function stepNotes(comparison: MapComparison, view: CompareView): Map<string, TemplateResult> {
  const cached = noteCache.get(comparison);
  const same = (a: CompareView, b: CompareView) => a.locale === b.locale && a.intlLocale === b.intlLocale && a.strings === b.strings && a.journey === b.journey;
  if (cached && same(cached.view, view)) return cached.notes;
  const notes = new Map<string, TemplateResult>();
  noteCache.set(comparison, { view, notes });
  return notes;
}

function stepNote(entry: StepComparison, view: CompareView): TemplateResult {
  const lines = changeLines(entry, view);
  const resolved = lines.filter((line) => line.kind === 'resolved');
  return html`<ul class="changes" part="changes">${lines.filter((line) => line.kind !== 'resolved' && line.kind !== 'new-pain').map((line) => renderLine(line, view))}${renderResolved(
    resolved,
    view,
  )}${lines.filter((line) => line.kind === 'new-pain').map((line) => renderLine(line, view))}</ul>`;
}

/** What changed at each step, as lines the export writes under the step's title. */
export function comparisonNotes(comparison: MapComparison | undefined, view: CompareView): ((step: NormalizedStep) => StepNote[]) | undefined {
  if (!comparison?.diff) return undefined;
  const tones: Record<ChangeLine['kind'], StepNote['tone']> = { new: 'accent', note: undefined, better: 'good', worse: 'bad', resolved: 'good', 'new-pain': 'bad' };
  return (step) => {
    const entry = comparison.byStep.get(step.id);
    if (!entry) return [];
    return changeLines(entry, view).map((line) => ({
      text: line.kind === 'resolved' ? `${say(view, 'compare.resolved')}: ${line.text}` : line.kind === 'new-pain' ? `${say(view, 'compare.new')}: ${line.text}` : line.text,
      tone: tones[line.kind],
    }));
  };
}

/** The compared document's removed columns as the export draws them: ghost columns in their places, in the map's words. */
export function exportedGhosts(comparison: MapComparison | undefined, view: CompareView): SceneOptions['removed'] {
  if (!comparison?.ghosts.length) return undefined;
  return {
    ghosts: comparison.ghosts,
    words: {
      removed: say(view, 'compare.removed'),
      step: (title) => say(view, 'compare.removedStep', { title }),
      stage: (title) => say(view, 'compare.removedStage', { title }),
    },
  };
}

/** The comparison as CSV rows (stage, step, "Changes", text, key `changes`): each changed step, then each removed one. */
export function comparisonRows(comparison: MapComparison | undefined, view: CompareView): string[][] {
  if (!comparison?.diff) return [];
  const lane = say(view, 'compare.changes');
  const rows: string[][] = [];
  for (const step of view.journey.steps) {
    const entry = comparison.byStep.get(step.id);
    if (!entry) continue;
    const text = changeLines(entry, view).map((line) =>
      line.kind === 'resolved' ? `${say(view, 'compare.resolved')}: ${line.text}` : line.kind === 'new-pain' ? `${say(view, 'compare.new')}: ${line.text}` : line.text,
    );
    rows.push([view.journey.stages[step.stageIndex]?.title ?? '', step.title, lane, text.join('\n'), CHANGES_KEY]);
  }
  for (const step of comparison.diff.steps.removed) {
    const pains = comparison.diff.painPoints.resolved.filter((pain) => pain.stepId === step.id);
    const text = [say(view, 'compare.removed'), ...pains.map((pain) => `${say(view, 'compare.removedWithStep')}: ${pain.text}`)];
    rows.push([step.stageTitle, step.title, lane, text.join('\n'), CHANGES_KEY]);
  }
  return rows;
}

/** A removed step's pain points: gone with the step (not resolved), each on its own. */
function renderRemovedPains(pains: DiffPainPoint[], view: CompareView, lang: string | undefined): TemplateResult | typeof nothing {
  if (!pains.length) return nothing;
  return html`<span class="removed__pains-label" dir=${uiDir(view.locale)}>${say(view, 'compare.removedWithStep')}:</span>
    <ul class="removed__pains">${pains.map((pain) => html`<li class="removed__pain"><s>${dataText(pain.text, lang)}</s></li>`)}</ul>`;
}

/**
 * Above the grid: which document the map is compared with and the steps it no longer has, each with
 * its former stage and its pain points (never silently missing), folded to one line (their count and
 * titles) that opens to the list, so the emotion lane stays in the first screen (the ghost columns
 * already show where each removed step was); or, when the compared document has
 * errors, what they are (the map itself is still drawn, without the comparison).
 */
export function renderComparisonSummary(comparison: MapComparison | undefined, view: CompareView): TemplateResult | typeof nothing {
  if (!comparison) return nothing;
  if (!comparison.diff || !comparison.before) {
    return html`<div part="compare-error" class="compare-error" role="alert">
      <p class="compare-error__title">${say(view, 'compare.error')}</p>
      <ul class="compare-error__problems">
        ${comparison.prepared.result.errors.map(
          (problem) => html`<li><code>${problem.path || '/'}</code> ${problem.message}</li>`,
        )}
      </ul>
    </div>`;
  }
  const removed = comparison.diff.steps.removed;
  const resolvedAt = (stepId: string) => comparison.diff!.painPoints.resolved.filter((pain) => pain.stepId === stepId);
  // UI words are runs in the UI language's direction, the compared document's texts in its own (bidi.ts).
  const lang = dataLang(comparison.before);
  const dir = uiDir(view.locale);
  return html`<div part="comparison" class="comparison">
    <p class="comparison__against">${uiWithData((title) => say(view, 'compare.against', { title }), comparison.before.title, view.locale, lang)}</p>
    ${removed.length
      ? html`<details part="removed" class="removed" aria-label=${say(view, 'compare.removedSteps')}>
          <summary class="removed__summary">
            <span class="removed__title" dir=${dir}>${say(view, 'compare.removedSteps')}</span>
            <span class="removed__count">${removed.length}</span>
            <span class="removed__preview">${removed.map((step, i) => html`${i ? ' · ' : ''}<s>${dataText(step.title, lang)}</s>`)}</span>
          </summary>
          <ul class="removed__list">
            ${removed.map(
              (step) => html`<li class="removed__step">
                <span class="tag tag--removed" dir=${dir}>${say(view, 'compare.removed')}</span>
                <s>${dataText(step.title, lang)}</s>
                <span class="removed__stage">${uiWithData((stage) => `(${say(view, 'compare.formerStage', { stage })})`, step.stageTitle, view.locale, lang)}</span>
                ${renderRemovedPains(resolvedAt(step.id), view, lang)}
              </li>`,
            )}
          </ul>
        </details>`
      : nothing}
  </div>`;
}
