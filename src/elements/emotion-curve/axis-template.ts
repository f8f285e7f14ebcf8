import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { curveText } from '../../i18n/curve-strings.js';
import { formatNumber } from '../../i18n/number-format.js';
import { stepLabelLayout } from '../../layout/curve-axis.js';
import { estimateWidth } from '../../layout/axis-width.js';
import { thinLabels } from '../../layout/thin-labels.js';
import { dataLang, dirOf } from '../shared/data-lang.js';
import { uiDir } from '../shared/bidi.js';
import { styleProps } from '../shared/style-props.js';
import type { CurveView } from './curve-view.js';
import type { AxisMeasure } from './curve-derive.js';

/** A name with a word wider than `width` px is cut on one line with "…" rather than broken inside the word. */
function textClass(text: string, width: number, measure: ((text: string) => number) | undefined): string {
  if (!measure) return 'axis-text';
  return text.split(/\s+/).some((word) => measure(word) > width) ? 'axis-text axis-text--cut' : 'axis-text';
}

/** A band's or name's padding (2 × 2 px) and border (1 px) around its text. */
const BAND_INSET = 5;

/** Narrower columns than this show the customer count alone, in compact notation ("9.8K"). */
const WIDE_COLUMN = 80;

/**
 * The rows of a standalone chart's horizontal axis share its frame: a sticky corner as wide as the
 * tick column, then one track per step column. The tracks are a CSS grid in the document's writing
 * direction, so under `dir="rtl"` the first step is on the right, under its point (the plot mirrors
 * its x itself).
 */
function axisRow(view: CurveView, className: string, corner: string, body: TemplateResult): TemplateResult {
  const { layout } = view;
  return html`<div class="axis-row ${className}">
    <div class="axis-corner" style=${styleProps({ inlineSize: `${layout.headerWidth}px` })} aria-hidden="true"><span dir=${uiDir(view.locale)}>${corner}</span></div>
    ${body}
  </div>`;
}

const tracks = (view: CurveView) =>
  styleProps({ gridTemplateColumns: `repeat(${view.layout.columns.length}, ${view.layout.columnWidth}px)` });

/**
 * The stages as bands above the plot, each as wide as its steps. A name longer than its band is
 * clamped to two lines; the whole name stays in the DOM (screen readers read it) and is the band's
 * tooltip.
 */
export function renderStageRow(view: CurveView, measure?: AxisMeasure): TemplateResult {
  const { journey, layout } = view;
  const lang = dataLang(journey);
  return axisRow(
    view,
    'stage-row',
    curveText(view, 'curve.table.stage'),
    html`<ol class="axis-tracks stage-bands" part="stages" style=${tracks(view)} aria-label=${curveText(view, 'curve.table.stage')}>
      ${layout.stages
        .filter((stage) => stage.stepCount > 0)
        .map((stage) => {
          const title = journey.stages[stage.index]?.title ?? '';
          return html`<li
            class="stage-band${stage.index % 2 ? ' stage-band--alt' : ''}"
            style=${styleProps({ gridColumn: `${stage.firstStep + 1} / span ${stage.stepCount}` })}
            data-stage-id=${stage.stageId}
            title=${title}
          ><span class=${textClass(title, stage.width - BAND_INSET, measure?.bold)} lang=${ifDefined(lang)} dir=${ifDefined(dirOf(lang))}>${title}</span></li>`;
        })}
    </ol>`,
  );
}

/**
 * The step names under their points. A name wraps (hyphenated in the document's language) and is
 * clamped to three lines; in narrow columns the names stagger on two tiers, each two columns wide
 * (see `stepLabelLayout`). The step the keyboard is on shows its whole name; every name is the
 * tooltip of its label and is read in full by screen readers.
 */
export function renderStepRow(view: CurveView, measure?: AxisMeasure): TemplateResult {
  const { journey, layout } = view;
  const lang = dataLang(journey);
  const placement = stepLabelLayout(journey.steps.length, layout.columnWidth);
  const halfTracks = styleProps({ gridTemplateColumns: `repeat(${placement.tracks}, ${layout.columnWidth / 2}px)` });
  return axisRow(
    view,
    'step-row',
    curveText(view, 'curve.table.step'),
    html`<ol class="axis-tracks step-names${placement.tiers === 2 ? ' step-names--staggered' : ''}" part="steps" style=${halfTracks}
      aria-label=${curveText(view, 'curve.table.step')}>
      ${journey.steps.map((step, i) => {
        const place = placement.labels[i];
        return html`<li
          class="step-name${view.active?.step === i ? ' step-name--active' : ''}${step.momentOfTruth ? ' step-name--moment' : ''}"
          style=${styleProps({ gridColumn: `${place.start} / span ${place.span}`, gridRow: String(place.row), '--point': `${place.point * 100}%` })}
          data-step-id=${step.id}
          title=${step.title}
        ><span class=${textClass(step.title, (place.span * layout.columnWidth) / 2 - BAND_INSET, measure?.text)} lang=${ifDefined(lang)} dir=${ifDefined(dirOf(lang))}>${step.title}</span></li>`;
      })}
    </ol>`,
  );
}

/** How a step's customer count reads: "n = 9,800", or "9.8K" in a narrow column. */
export function countLabel(view: CurveView): (value: number) => string {
  const wide = view.layout.columnWidth >= WIDE_COLUMN;
  return (value) =>
    wide
      ? curveText(view, 'curve.n', { n: formatNumber(value, view.intlLocale) })
      : formatNumber(value, view.intlLocale, { notation: 'compact' });
}

/** Least room between two counts of the row (px); a count that would come closer is left out. */
export const COUNT_GAP = 6;

/**
 * The customers counted at each step, under the step names (only with customers). Where the counts
 * are wider than their columns ("10 тыс." in 48 px at 375 px) only every k-th is written, so they
 * never run together (`thinLabels`, measured in the row's font); the table has every count.
 */
export function renderCountRow(view: CurveView, measure?: AxisMeasure): TemplateResult | typeof nothing {
  const { plot, locale, layout } = view;
  if (!plot.quantiles) return nothing;
  const n = plot.quantiles.n;
  const count = countLabel(view);
  const dir = uiDir(locale);
  const texts = Array.from(n, (value) => count(value));
  // The label's padding (2 px a side) is part of its box.
  const widths = texts.map((text) => (measure?.text ?? estimateWidth)(text) + 4);
  const shown = thinLabels(texts.map((_, i) => (i + 0.5) * layout.columnWidth), widths, COUNT_GAP);
  // The table says the same with full numbers: the row is what the eye compares.
  return axisRow(
    view,
    'count-row',
    curveText(view, 'curve.table.n'),
    html`<div class="axis-tracks counts" style=${tracks(view)} aria-hidden="true">
      ${texts.map((text, i) => html`<span class="n-label" dir=${dir}>${shown[i] ? text : ''}</span>`)}
    </div>`,
  );
}

/**
 * Every other stage tinted behind the plot, so the points read in their stage's band; a line
 * between stages. Drawn under the zones' grid and the lines.
 */
export function renderStageBands(view: CurveView): SVGTemplateResult {
  const { layout, plot, rtl } = view;
  const x = (start: number, width: number) => (rtl ? plot.width - start - width : start);
  return svg`${layout.stages.map((stage) =>
    stage.stepCount === 0
      ? nothing
      : svg`${stage.index % 2 ? svg`<rect class="stage-tint" x=${x(stage.x, stage.width)} y="0" width=${stage.width} height=${plot.height}></rect>` : nothing}${
          stage.firstStep > 0
            ? svg`<line class="stage-line" x1=${x(stage.x, 0)} x2=${x(stage.x, 0)} y1="0" y2=${plot.height}></line>`
            : nothing
        }`,
  )}`;
}
