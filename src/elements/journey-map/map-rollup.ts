import { css, html, nothing, type CSSResult, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { insightString, type InsightStringKey } from '../../i18n/insight-strings.js';
import { laneString } from '../../i18n/lane-strings.js';
import { formatSpokenNumber } from '../../i18n/number-format.js';
import { fixFirst, stageRollup, type FixFirstEntry, type StageRollup } from '../../layout/rollup.js';
import { describeValue } from '../../layout/summary.js';
import type { NormalizedJourney } from '../../model/types.js';
import { dirOf } from '../shared/data-lang.js';
import { CLASSIC_CATEGORIES } from '../stage-lane/cells/pain-points.js';
import type { Translator } from '../../i18n/translator.js';

export type RollupView = Translator;

/** Every stage's roll-up and the fix-first ranking, computed once per journey object. */
export class RollupMemo {
  private journey?: NormalizedJourney;
  private stages: StageRollup[] = [];
  private ranking: FixFirstEntry[] = [];

  private update(journey: NormalizedJourney): void {
    if (journey === this.journey) return;
    this.journey = journey;
    this.stages = journey.stages.map((_, index) => stageRollup(journey, index));
    this.ranking = fixFirst(journey, FIX_FIRST_SHOWN);
  }

  stage(journey: NormalizedJourney, index: number): StageRollup | undefined {
    this.update(journey);
    return this.stages[index];
  }

  fixFirst(journey: NormalizedJourney): FixFirstEntry[] {
    this.update(journey);
    return this.ranking;
  }
}

/** How many steps the fix-first panel lists. */
export const FIX_FIRST_SHOWN = 5;

function categoryLabel(category: string, view: RollupView): string {
  const family = CLASSIC_CATEGORIES.find((name) => name === category.toLowerCase());
  if (family) return laneString(view, `pain.${family}`);
  return category || insightString(view, 'rollup.other');
}

/**
 * A stage header's summary, in words (what a screen reader hears is what the eye reads): pain
 * points by category with the highest severity, opportunities by status, the lowest emotion.
 */
export function renderStageRollup(rollup: StageRollup | undefined, journey: NormalizedJourney, view: RollupView): TemplateResult | typeof nothing {
  if (!rollup || (!rollup.pains.length && !rollup.opportunities.length && !rollup.lowest)) return nothing;
  const say = (key: InsightStringKey, values?: Record<string, string>) => insightString(view, key, values);
  const number = (value: number) => formatSpokenNumber(value, view.intlLocale);
  const pains = rollup.pains.map((entry) => {
    const values = { category: categoryLabel(entry.category, view), count: number(entry.count) };
    return entry.maxSeverity === undefined ? say('rollup.painCount', values) : say('rollup.pain', { ...values, severity: number(entry.maxSeverity) });
  });
  const ideas = rollup.opportunities.map((entry) => say('rollup.status', { status: say(`status.${entry.status}`), count: number(entry.count) }));
  const lowest = rollup.lowest
    ? describeValue(rollup.lowest.value, journey.scale, { locale: view.locale, intlLocale: view.intlLocale, strings: view.strings })
    : undefined;
  // Where it is lowest, when the stage has more than one column to tell apart.
  const stage = journey.stages.find((candidate) => candidate.id === rollup.stageId);
  const lowestStep = rollup.lowest && stage && stage.stepCount > 1 ? journey.steps[journey.stepIndexById.get(rollup.lowest.stepId) ?? -1] : undefined;
  const lowestAt = lowestStep?.title;
  const lines = [
    pains.length ? say('rollup.pains', { list: pains.join(', ') }) : undefined,
    ideas.length ? say('rollup.ideas', { list: ideas.join(', ') }) : undefined,
    lowest === undefined ? undefined : lowestAt ? say('rollup.lowestAt', { value: lowest, step: lowestAt }) : say('rollup.lowest', { value: lowest }),
  ].filter((line): line is string => line !== undefined);
  return html`<ul part="rollup" class="rollup">
    ${lines.map((line) => html`<li title=${line}>${line}</li>`)}
  </ul>`;
}

export interface FixFirstView extends RollupView {
  /** A ranked step was chosen: the map selects its column and focuses its header. */
  onShow: (stepId: string) => void;
}

/**
 * The fix-first panel (`rollups`): the steps ranked by severity × affected × emotion factor,
 * each a button to its column, with the numbers behind its rank. Closed until the reader opens it.
 */
export function renderFixFirst(ranking: readonly FixFirstEntry[], journey: NormalizedJourney, view: FixFirstView): TemplateResult {
  const say = (key: InsightStringKey, values?: Record<string, string>) => insightString(view, key, values);
  const number = (value: number) => formatSpokenNumber(value, view.intlLocale);
  const lang = journey.locale;
  return html`<details part="fix-first" class="fix-first">
    <summary class="fix-first__summary">${say('fixFirst.label')}</summary>
    ${ranking.length
      ? html`<ol class="fix-first__list">
          ${ranking.map((entry) => {
            const step = journey.steps[journey.stepIndexById.get(entry.stepId) ?? -1];
            const stage = journey.stages[step?.stageIndex ?? -1];
            if (!step) return nothing;
            const affected = say(entry.affectedKind === 'customers' ? 'fixFirst.customers' : 'fixFirst.personas', { count: number(entry.affected) });
            return html`<li data-step-id=${entry.stepId}>
              <button type="button" part="fix-first-link" class="fix-first__step" lang=${ifDefined(lang)} dir=${ifDefined(dirOf(lang))} @click=${() => view.onShow(entry.stepId)}
                >${stage && !step.isStage ? `${stage.title} › ${step.title}` : step.title}</button
              >
              <span class="fix-first__why">${say('fixFirst.entry', {
                severity: number(entry.severity),
                affected,
                emotion: number(entry.emotionFactor),
                score: number(entry.score),
              })}</span>
            </li>`;
          })}
        </ol>`
      : html`<p class="fix-first__empty">${say('fixFirst.empty')}</p>`}
    <p class="fix-first__formula">${say('fixFirst.formula')}</p>
  </details>`;
}

export const rollupStyles = css`
  .rollup {
    /* Slides with the stage title while the grid scrolls sideways (see .stage__title). */
    position: sticky;
    inset-inline-start: calc(var(--journey-header-width) + var(--journey-space-2));
    align-self: flex-start;
    max-inline-size: 100%;
    overflow-wrap: anywhere;
    display: flex;
    flex-direction: column;
    gap: 0.1em;
    margin: 0.25em 0 0;
    padding: 0;
    list-style: none;
    color: var(--journey-muted);
    font-size: 0.78em;
    font-weight: 400;
    line-height: 1.3;
  }
  /*
   * Two lines at most each, so a narrow stage with many categories does not make the whole stage
   * row tall, yet a stage of one column (a stage without steps) still reads its lines; the full
   * text is each line's tooltip, is read by screen readers, and shows when the stage has focus.
   */
  .rollup li {
    max-inline-size: 100%;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    overflow: hidden;
  }
  .stage:focus .rollup li {
    -webkit-line-clamp: unset;
    line-clamp: none;
  }
  .fix-first {
    margin-block-end: var(--journey-space-3);
    padding: var(--journey-space-2) var(--journey-space-3);
    border: 1px solid var(--journey-border);
    border-radius: var(--journey-radius);
  }
  .fix-first__summary {
    font-weight: 700;
    cursor: pointer;
  }
  .fix-first__list {
    display: grid;
    gap: var(--journey-space-1);
    margin: var(--journey-space-2) 0 0;
    padding-inline-start: 1.5em;
  }
  /* Its first line beside the list number, however many lines it wraps to. */
  .fix-first__step {
    vertical-align: top;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--journey-accent);
    font: inherit;
    font-weight: 600;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }
  .fix-first__summary:focus-visible,
  .fix-first__step:focus-visible {
    outline: 3px solid var(--journey-focus-ring);
    outline-offset: 2px;
  }
  .fix-first__why,
  .fix-first__formula,
  .fix-first__empty {
    color: var(--journey-muted);
    font-size: 0.9em;
  }
  .fix-first__why {
    margin-inline-start: var(--journey-space-2);
  }
  .fix-first__formula,
  .fix-first__empty {
    margin: var(--journey-space-2) 0 0;
  }
  @media print {
    .rollup {
      position: static;
    }
  }
  @media (forced-colors: active) {
    .fix-first__step {
      color: LinkText;
    }
  }
`;

/** The roll-ups of one map: the fix-first list and each stage's note, from one memo. */
export interface RollupNotes {
  readonly styles: CSSResult;
  fixFirst(journey: NormalizedJourney, view: FixFirstView): TemplateResult;
  stage(journey: NormalizedJourney, index: number, view: RollupView): TemplateResult | typeof nothing;
}

/**
 * `<journey-map rollups>` imports this module the first time `rollups` is on, so a map without them
 * never downloads the roll-up code.
 */
export function rollupNotes(): RollupNotes {
  const memo = new RollupMemo();
  return {
    styles: rollupStyles,
    fixFirst: (journey, view) => renderFixFirst(memo.fixFirst(journey), journey, view),
    stage: (journey, index, view) => renderStageRollup(memo.stage(journey, index), journey, view),
  };
}
