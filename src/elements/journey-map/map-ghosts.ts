import { html, type TemplateResult } from 'lit';
import { timeString } from '../../i18n/time-strings.js';
import type { GhostBox, GhostColumn, GhostStageBox } from '../../layout/ghost-columns.js';
import { styleProps } from '../shared/style-props.js';
import type { Translator } from '../../i18n/translator.js';

/** The map's headers of ghost columns (shared/ghost-column.ts draws their lane cells). */

export type GhostWords = Translator;

/** "Removed step: …", or "Removed stage: …" for a ghost that stands for a whole stage. */
export function ghostLabel(ghost: Pick<GhostBox, 'title' | 'standsForStage'>, words: GhostWords): string {
  return timeString(words, ghost.standsForStage ? 'compare.removedStage' : 'compare.removedStep', { title: ghost.title });
}


/** The ghost's header in the step row: "Removed" and the struck title, written sideways to fit; read as "Removed step: …". */
export function renderGhostHeader(ghost: GhostBox, words: GhostWords): TemplateResult {
  const label = ghostLabel(ghost, words);
  return html`<div
    role="columnheader"
    part="ghost"
    class="ghost ghost--header"
    tabindex="-1"
    aria-colindex=${ghost.colIndex}
    title=${label}
    data-ghost-id=${ghost.id}
    style=${width(ghost)}
  ><span class="ghost__spoken">${label}</span><span class="ghost__text" aria-hidden="true"><span class="ghost__tag">${timeString(words, 'compare.removed')}</span> <s>${ghost.title}</s></span></div>`;
}

/** A removed stage's header in the stage row, over its ghost columns. */
export function renderGhostStage(stage: GhostStageBox, words: GhostWords): TemplateResult {
  const label = timeString(words, 'compare.removedStage', { title: stage.title });
  return html`<div
    role="columnheader"
    part="ghost"
    class="ghost ghost--stage"
    tabindex="-1"
    aria-colindex=${stage.colIndex}
    aria-colspan=${stage.colSpan}
    title=${label}
    data-ghost-stage-id=${stage.stageId}
    style=${width(stage)}
  ><span class="ghost__spoken">${label}</span><s class="ghost__stage-title" aria-hidden="true">${stage.title}</s></div>`;
}


const width = (box: { width: number }) => styleProps({ inlineSize: `${box.width}px` });

/** The ghosts with what their cells are read as, in the map's language. */
export function labelledGhosts(ghosts: GhostColumn[], words: GhostWords): GhostColumn[] {
  return ghosts.map((ghost) => ({ ...ghost, label: ghostLabel(ghost, words) }));
}
