import { css, html, svg, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { mapString } from '../../i18n/map-strings.js';
import { SPARK_HEIGHT, SPARK_WIDTH, type OverviewLabel, type OverviewModel, type OverviewWindow } from '../../layout/overview.js';
import { styleProps } from '../shared/style-props.js';
import { type Translator } from '../../i18n/translator.js';

/**
 * The overview strip above a map wider than its view (layout/overview.ts has the geometry, the
 * OverviewController when it is drawn): one button per stage, as wide as its steps, the emotion line
 * behind them, and a window over the columns in view. One tab stop; arrows move between stages and
 * Enter (or a click) takes the reader to the stage.
 */

/** The empty box the map renders as soon as its columns overflow: the strip is drawn into it when idle. */
export function renderOverviewBox(): TemplateResult {
  return html`<div part="overview" class="overview"></div>`;
}

export interface OverviewView extends Translator {
  model: OverviewModel;
  window: OverviewWindow;
  /** Index (into the model's stages) of the stage the window is in. */
  current: number;
  /** The stages named over the strip (overviewLabels: never overlapping, the current one always). */
  labels: OverviewLabel[];
  /** Index of the stage that holds the tab stop. */
  tabStop: number;
  lang?: string;
  onKeyDown: (event: KeyboardEvent) => void;
  onJump: (index: number) => void;
}

const percent = (fraction: number) => `${Math.round(fraction * 100000) / 1000}%`;

export function renderOverview(view: OverviewView): TemplateResult {
  const { model } = view;
  const count = model.stages.length;
  return html`<div role="toolbar" class="overview__stages" aria-label=${mapString(view, 'overview.label')} @keydown=${view.onKeyDown}>
      ${model.stages.map((stage, i) => {
        const name = mapString(view, 'overview.stage', { index: stage.index + 1, count, title: stage.title });
        return html`<button
          type="button"
          part="overview-stage"
          class=${i % 2 ? 'overview__stage overview__stage--alt' : 'overview__stage'}
          tabindex=${i === view.tabStop ? 0 : -1}
          aria-label=${name}
          aria-current=${ifDefined(i === view.current ? 'location' : undefined)}
          title=${name}
          data-stage-id=${stage.stageId}
          style=${styleProps({ insetInlineStart: percent(stage.start), inlineSize: percent(stage.size) })}
          @click=${() => view.onJump(i)}
        ></button>`;
      })}
    </div>
    <div class="overview__labels" aria-hidden="true">
      ${view.labels.map(
        (label) => html`<span
          class=${label.current ? 'overview__name overview__name--current' : 'overview__name'}
          lang=${ifDefined(view.lang)}
          style=${styleProps({ insetInlineStart: `${label.left}px`, maxInlineSize: `${label.width}px` })}
        >${model.stages[label.stage]!.title}</span>`,
      )}
    </div>
    <svg part="overview-spark" class="overview__spark" viewBox="0 0 ${SPARK_WIDTH} ${SPARK_HEIGHT}" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      ${svg`<line class="overview__neutral" x1="0" x2=${SPARK_WIDTH} y1=${model.neutral} y2=${model.neutral}></line><path class="overview__line" d=${model.spark}></path>`}
    </svg>
    <div part="overview-window" class="overview__window" aria-hidden="true" style=${styleProps({ insetInlineStart: percent(view.window.start), inlineSize: percent(view.window.size) })}></div>`;
}

export const overviewStyles = css`
  .overview {
    position: relative;
    box-sizing: border-box;
    block-size: 2.75rem;
    margin-block-end: var(--journey-space-2);
    overflow: hidden;
    border: 1px solid var(--journey-border);
    border-radius: var(--journey-radius);
    background: var(--journey-surface-alt);
  }
  .overview__stages {
    position: absolute;
    inset: 0;
  }
  .overview__stage {
    position: absolute;
    inset-block: 0;
    box-sizing: border-box;
    display: flex;
    align-items: flex-start;
    gap: 0.3em;
    margin: 0;
    padding: 0.2em 0.35em;
    overflow: hidden;
    border: 0;
    border-inline-end: 1px solid var(--journey-border);
    background: var(--journey-stage-background);
    color: var(--journey-text);
    font: inherit;
    font-size: 0.75em;
    line-height: 1.3;
    text-align: start;
    white-space: nowrap;
    cursor: pointer;
  }
  .overview__stage--alt {
    background: var(--journey-surface-alt);
  }
  .overview__stage:hover {
    background: var(--journey-selection);
  }
  .overview__stage[aria-current] {
    font-weight: 700;
  }
  .overview__stage:focus-visible {
    z-index: 2;
    outline: 3px solid var(--journey-focus-ring);
    outline-offset: -3px;
  }
  /*
   * The names over the segments (layout/overview.ts overviewLabels): as many as fit without overlapping,
   * the stage in view always, in bold. Each is cut at its box, so a name wider than measured cannot
   * run into the next. Decoration: the buttons carry the names ("Stage 12 of 60: …").
   */
  .overview__labels {
    position: absolute;
    inset: 0;
    z-index: 1;
    pointer-events: none;
    font-size: 0.75em;
    line-height: 1.3;
  }
  .overview__name {
    position: absolute;
    inset-block-start: 0.2em;
    box-sizing: border-box;
    padding-inline: 4px;
    overflow: hidden;
    color: var(--journey-text);
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .overview__name--current {
    font-weight: 700;
  }
  .overview__spark {
    position: absolute;
    inset-inline: 0;
    inset-block-end: 2px;
    z-index: 1;
    inline-size: 100%;
    block-size: 50%;
    pointer-events: none;
  }
  /* The line is drawn from the inline start, like the columns. */
  :host(:dir(rtl)) .overview__spark {
    transform: scaleX(-1);
  }
  .overview__line {
    fill: none;
    stroke: var(--journey-accent);
    stroke-width: 1.5;
    vector-effect: non-scaling-stroke;
  }
  .overview__neutral {
    stroke: var(--journey-muted);
    stroke-width: 1;
    stroke-dasharray: 2 3;
    vector-effect: non-scaling-stroke;
  }
  .overview__window {
    position: absolute;
    inset-block: 0;
    z-index: 1;
    box-sizing: border-box;
    min-inline-size: 6px;
    border: 2px solid var(--journey-accent);
    border-radius: 4px;
    background: color-mix(in srgb, var(--journey-accent) 10%, transparent);
    pointer-events: none;
  }
  @media print {
    .overview {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .overview__stage {
      border-color: CanvasText;
    }
    .overview__name {
      color: CanvasText;
    }
    .overview__name--current {
      color: Highlight;
    }
    .overview__line {
      stroke: CanvasText;
    }
    .overview__window {
      border-color: Highlight;
      background: none;
    }
    .overview__stage:focus-visible {
      outline-color: CanvasText;
    }
  }
`;
