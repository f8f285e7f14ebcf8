import { html, nothing, type TemplateResult } from 'lit';
import type { EditController, FocusSpec } from '../../controllers/edit-controller.js';
import type { EmotionDragOptions } from '../../controllers/emotion-drag-controller.js';
import type { DropPosition, StepDragOptions } from '../../controllers/step-drag-controller.js';
import type { CellAction } from '../../edit/cell-actions.js';
import { styleProps } from '../shared/style-props.js';
import { targetName } from '../../edit/editor-state.js';
import { laneField, type EditTarget } from '../../edit/targets.js';
import type { JourneyDocument, NormalizedJourney } from '../../model/types.js';
import { renderEditor, renderEditStatus } from './edit-view.js';
import type { MapRow } from './map-lanes.js';
import { cellOfStep, stepOfCell } from './map-state.js';
import type { Translator } from '../../i18n/translator.js';

/** What a grid cell or header edits: a stage or step title, a lane cell, the emotion of a column. */
export function targetOfCell(cell: HTMLElement, rows: readonly MapRow[], journey: NormalizedJourney): EditTarget | undefined {
  const rowIndex = rows.findIndex((row) => row.cells.includes(cell));
  if (rowIndex < 0 || cell.getAttribute('role') === 'rowheader') return undefined;
  const row = rows[rowIndex];
  if (!row.element) {
    // Only the two header rows edit titles; the customer row (journey-map/customer-lane.ts) is read-only.
    if (rowIndex > 1) return undefined;
    if (cell.dataset.stepId !== undefined) return { kind: 'step', stepId: cell.dataset.stepId };
    const stageId = cell.dataset.stageId;
    if (stageId === undefined) return undefined;
    // A stage without steps is one column: its header edits the stage as a stage.
    return { kind: 'stage', stageId };
  }
  const step = stepOfCell(journey, row, cell);
  const lane = journey.lanes.find((candidate) => candidate.key === row.element?.laneKey);
  if (!step || !lane) return undefined;
  if (lane.kind === 'emotion') return { kind: 'emotion', stepId: step.id };
  const field = laneField(lane);
  return field ? { kind: 'cell', stepId: step.id, lane, field } : undefined;
}

/** The edit target an event started on (a grid cell, the title, the goal), with the element it covers. */
export function targetOfPath(path: EventTarget[], rows: readonly MapRow[], journey: NormalizedJourney | undefined): { target: EditTarget; anchor: HTMLElement } | undefined {
  if (!journey) return undefined;
  const cells = new Set(rows.flatMap((row) => row.cells));
  for (const node of path) {
    if (!(node instanceof HTMLElement)) continue;
    if (cells.has(node)) {
      const target = targetOfCell(node, rows, journey);
      return target ? { target, anchor: node } : undefined;
    }
    const part = node.getAttribute('part');
    if (part === 'title' || part === 'goal') return { target: { kind: part }, anchor: node };
    if (node.getAttribute('role') === 'grid') return undefined;
  }
  return undefined;
}

/**
 * The element that shows `spec` once the map has rendered it. `rows` gives the grid's rows; `lane`
 * the row of one lane (after an edit of a cell only that lane's cells are looked at).
 */
export function elementFor(
  spec: FocusSpec,
  rows: () => readonly MapRow[],
  journey: NormalizedJourney | undefined,
  root: ParentNode,
  lane: (key: string) => MapRow | undefined = (key) => rows().find((candidate) => candidate.element?.laneKey === key),
): HTMLElement | undefined {
  const target: EditTarget = spec.kind === 'target' ? spec.target : spec.kind === 'step' ? { kind: 'step', stepId: spec.stepId } : { kind: 'stage', stageId: spec.stageId };
  switch (target.kind) {
    case 'title':
    case 'goal':
      return root.querySelector<HTMLElement>(`[data-edit="${target.kind}"]`) ?? undefined;
    case 'persona':
      return Array.from(root.querySelectorAll<HTMLElement>('[data-edit="persona"]')).find((button) => button.dataset.personaId === target.personaId);
    case 'stage':
      return rows()[0]?.cells.find((cell) => cell.dataset.stageId === target.stageId);
    case 'step': {
      const [stages, steps] = rows();
      return steps?.cells.find((cell) => cell.dataset.stepId === target.stepId) ?? stages?.cells.find((cell) => cell.dataset.stageId === target.stepId);
    }
    default: {
      const index = journey?.stepIndexById.get(target.stepId);
      return index === undefined ? undefined : cellOfStep(lane(target.kind === 'emotion' ? 'emotion' : target.lane.key), index);
    }
  }
}

export interface EditingView extends Translator {
  doc?: JourneyDocument;
  rtl: boolean;
  /** Where a dragged step would land. */
  drop?: DropPosition;
}

/** The step drag of an editable map: its step headers, the grid's visible bottom, and the edit controller's run. */
export function stepDragOptions(host: HTMLElement & { editable: boolean }, rows: () => readonly MapRow[], scroller: () => HTMLElement | null, run: (action: CellAction) => void): StepDragOptions {
  return {
    enabled: () => host.editable,
    headers: () => (rows()[1]?.cells ?? []).filter((cell) => cell.dataset.stepId !== undefined).map((element) => ({ stepId: element.dataset.stepId!, element })),
    bottom: () => Math.min(scroller()?.getBoundingClientRect().bottom ?? 0, window.innerHeight),
    rtl: () => getComputedStyle(host).direction === 'rtl',
    run,
  };
}

/** The emotion drag of an editable map: its emotion lane and words. */
export function emotionDragOptions(
  host: HTMLElement & { editable: boolean },
  rows: () => readonly MapRow[],
  journey: () => NormalizedJourney | undefined,
  words: () => Translator,
): EmotionDragOptions {
  return {
    enabled: () => host.editable,
    journey,
    curve: () => rows().find((row) => row.element?.laneKey === 'emotion')?.element as HTMLElement | undefined,
    words,
  };
}

/** The line that shows where a dragged step will land (decorative: the move is announced once dropped). */
function renderDropLine(drop: DropPosition | undefined): TemplateResult | typeof nothing {
  if (!drop) return nothing;
  const { left, top, height } = drop.line;
  return html`<div class="drop-line" part="drop-line" aria-hidden="true" style=${styleProps({ left: `${left}px`, top: `${top}px`, blockSize: `${height}px` })}></div>`;
}

/** The editor (when open) and the live region of an editable map. */
export function renderEditing(edit: EditController, view: EditingView): TemplateResult {
  const editor = edit.editor;
  const { doc } = view;
  return html`${renderEditStatus(edit.message, edit.refusal)}${renderDropLine(view.drop)}
  ${editor && doc
    ? renderEditor(editor, {
        ...view,
        doc,
        name: targetName(doc, editor.target, edit.words()),
        onCommit: (returnFocus) => edit.commit(returnFocus),
        onCancel: () => edit.cancel(),
        onAction: (action) => edit.run(action),
        onChange: () => edit.changed(),
      })
    : nothing}`;
}
