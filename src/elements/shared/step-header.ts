import { css, html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleProps } from './style-props.js';
import { insightString } from '../../i18n/insight-strings.js';
import { mapString } from '../../i18n/map-strings.js';
import type { Evidence, NormalizedStep } from '../../model/types.js';
import { markerIcon } from '../icons/channel-icons.js';
import { dirOf } from './data-lang.js';
import { uiDir } from './bidi.js';
import { evidenceCountStyles, renderEvidenceCount } from './evidence-count.js';
import type { Translator } from '../../i18n/translator.js';

export interface StepHeaderOptions extends Translator {
  width: number;
  selected: boolean;
  /** False draws only the title (same element, roles and ids): a map draws such columns in full a moment later. */
  shown?: boolean;
  /** More under the marks, e.g. what changed against a compared document (journey-map/map-compare.ts). */
  note?: TemplateResult | typeof nothing;
  /** The document's language (shared/data-lang.ts), set on the step's title. */
  dataLang?: string;
  /** Outside the map's filter: the title is muted and says so in words. */
  dimmed?: boolean;
  /** Customers here now: the short text shown and the words read out (documents with individuals). */
  badge?: { text: string; spoken: string };
  /** The ARIA column index when ghost columns sit among the steps (layout/ghost-columns.ts); else `index + 2`. */
  colIndex?: number;
}

const EVIDENCE: readonly Evidence[] = ['research', 'data', 'assumption'];

/**
 * A title this long may be cut at the header's line limit (`--journey-step-title-lines`, 4): it gets
 * the whole title as its tooltip. The whole title is always in the DOM, so it is what is read out.
 */
const LONG_TITLE = 40;

function renderEvidence(evidence: unknown, options: StepHeaderOptions): TemplateResult | typeof nothing {
  const level = EVIDENCE.find((value) => value === evidence);
  if (!level) return nothing;
  return html`<span class="step__evidence" part="evidence" data-evidence=${level}
    >${markerIcon(`evidence-${level}`)}<span class="visually-hidden">${mapString(options, 'evidence.label')}
    </span><span dir=${uiDir(options.locale)}>${mapString(options, `evidence.${level}`)}</span></span
  >`;
}

/**
 * The column header of one step: its title, a moment-of-truth marker (icon and words, never colour
 * alone) and the evidence level in small print. Shared by the map and a standalone lane.
 */
export function renderStepHeader(step: NormalizedStep, options: StepHeaderOptions): TemplateResult {
  const moment = step.momentOfTruth === true;
  return html`<div
    role="columnheader"
    part=${options.selected ? 'step selected' : 'step'}
    class=${classMap({ step: true, 'step--moment': moment, selected: options.selected, 'step--dimmed': options.dimmed === true })}
    tabindex="-1"
    aria-colindex=${options.colIndex ?? step.index + 2}
    aria-selected=${options.selected ? 'true' : 'false'}
    data-step-id=${step.id}
    data-stage-id=${step.stageId}
    style=${styleProps({ inlineSize: `${options.width}px` })}
  >
    <span
      class="step__title"
      lang=${ifDefined(options.dataLang)}
      dir=${ifDefined(dirOf(options.dataLang))}
      title=${ifDefined(step.title.length > LONG_TITLE ? step.title : undefined)}
      >${step.title}</span
    >${options.dimmed
      ? html`<span class="visually-hidden">(${insightString(options, 'matrix.dimmed')})</span>`
      : nothing}
    ${options.shown === false ? nothing : stepHeaderMarks(moment, step, options)}
  </div>`;
}

/** The marks under a step's title; a column not drawn yet has only its title, so it is named all along. */
function stepHeaderMarks(moment: boolean, step: NormalizedStep, options: StepHeaderOptions): TemplateResult {
  const marker = moment
    ? html`<span class="step__moment" part="moment-of-truth"
        >${markerIcon('moment-of-truth')}<span dir=${uiDir(options.locale)}>${mapString(options, 'step.momentOfTruth')}</span></span
      >`
    : nothing;
  const badge = options.badge
    ? html`<span class="step__customers" part="customers-badge" title=${options.badge.spoken}
        ><span aria-hidden="true" dir=${uiDir(options.locale)}>${options.badge.text}</span><span class="visually-hidden">${options.badge.spoken}</span></span
      >`
    : nothing;
  return html`${marker} ${renderEvidence(step.evidence, options)} ${renderEvidenceCount(step.insights, options)}${badge}${options.note ?? nothing}`;
}

/** Styles of step headers and of the hidden-but-spoken text they use. */
export const stepHeaderStyles = css`
  ${evidenceCountStyles}
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .step {
    flex: none;
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    gap: calc(var(--journey-space-2) / 2);
    padding: var(--journey-space-2);
    border-inline-end: 1px solid var(--journey-border);
    border-block-end: 1px solid var(--journey-border);
    background: var(--journey-step-background);
    color: var(--journey-text);
    font-weight: 600;
    cursor: pointer;
    outline-offset: -3px;
    /* A title with a word longer than the column wraps inside it instead of spilling into the next. */
    overflow-wrap: anywhere;
    /* With the document's lang on the title, ru and ro words hyphenate before they break anywhere. */
    hyphens: auto;
  }
  /* One long title must not make the whole header row ten lines tall and push every lane below the
     first screen: at most four lines (a host can change it), the rest in its tooltip. */
  .step__title {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--journey-step-title-lines, 4);
    line-clamp: var(--journey-step-title-lines, 4);
    overflow: hidden;
  }
  .step.selected {
    background: var(--journey-selection);
    box-shadow: inset 0 -3px 0 var(--journey-accent);
  }
  .step:focus-visible {
    outline: 3px solid var(--journey-focus-ring);
  }
  .step__moment,
  .step__evidence {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    font-size: 0.8em;
    font-weight: 500;
  }
  .step__moment {
    color: var(--journey-moment-of-truth);
  }
  .step--moment {
    box-shadow: inset 0 3px 0 var(--journey-moment-of-truth);
  }
  .step--moment.selected {
    box-shadow:
      inset 0 3px 0 var(--journey-moment-of-truth),
      inset 0 -3px 0 var(--journey-accent);
  }
  .step__evidence,
  .step__customers {
    color: var(--journey-muted);
    font-weight: 400;
  }
  .step__customers {
    font-size: 0.8em;
  }
  .step svg {
    flex: none;
    inline-size: 1.1em;
    block-size: 1.1em;
  }
  @media (forced-colors: active) {
    .step.selected {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
    .step:focus-visible {
      outline-color: CanvasText;
    }
  }
`;
