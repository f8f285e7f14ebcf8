import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { addStageAction, addStepAction, moveStepAction, removeStageAction, removeStepAction, type CellAction } from '../../edit/cell-actions.js';
import { moveDraftItem, type EditorState } from '../../edit/editor-state.js';
import { emptyItem } from '../../edit/targets.js';
import { editString, type EditStringKey } from '../../i18n/edit-strings.js';
import type { JourneyDocument } from '../../model/types.js';
import { styleProps } from '../shared/style-props.js';
import { renderItemFields } from './edit-fields.js';
import { renderMarks, renderPersonaForm } from './edit-forms.js';
import { type Translator } from '../../i18n/translator.js';

export interface EditView extends Translator {
  doc: JourneyDocument;
  /** The editor's accessible name ("Edit Doing: Signs up"). */
  name: string;
  rtl: boolean;
  onCommit: (returnFocus: boolean) => void;
  onCancel: () => void;
  onAction: (action: CellAction) => void;
  /** Re-renders after a change of the draft's shape (an item added, removed, moved). */
  onChange: () => void;
}

const say = (view: EditView, key: EditStringKey, values?: Record<string, string | number>) => editString(view, key, values);

/** The editor covers its anchor (at least 18rem wide, a persona's form 36rem, kept on screen), in fixed position so no scroller clips it. */
function placement(anchor: HTMLElement | undefined, rtl: boolean, least = 288): Record<string, string> {
  if (!anchor?.isConnected) return { insetBlockStart: '1rem', insetInlineStart: '1rem' };
  const rect = anchor.getBoundingClientRect();
  const viewport = document.documentElement.clientWidth;
  const width = Math.min(Math.max(rect.width, least), viewport - 16);
  const left = Math.max(8, Math.min(rtl ? rect.right - width : rect.left, viewport - width - 8));
  return { top: `${Math.max(8, rect.top)}px`, left: `${left}px`, inlineSize: `${width}px` };
}

function textField(state: EditorState, label: string): TemplateResult {
  return html`<label class="editor__field"
    ><span class="editor__label">${label}</span>
    <textarea
      data-focus
      rows=${state.multiline ? 3 : 2}
      .value=${live(state.text)}
      @input=${(event: Event) => (state.text = (event.target as HTMLTextAreaElement).value)}
    ></textarea
  ></label>`;
}

function removeDraftItem(state: EditorState, index: number, view: EditView, editor: HTMLElement | null): void {
  state.items.splice(index, 1);
  state.focusItem = Math.min(index, state.items.length - 1);
  // Focus stays in the editor while the removed row goes (leaving it would commit).
  editor?.querySelector<HTMLElement>('.editor__add')?.focus();
  view.onChange();
}

function itemKeys(event: KeyboardEvent, state: EditorState, index: number, view: EditView): void {
  if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
    event.preventDefault();
    if (moveDraftItem(state, index, event.key === 'ArrowUp' ? -1 : 1)) view.onChange();
    return;
  }
  const field = event.target as HTMLTextAreaElement;
  if (event.key === 'Delete' && field.value === '') {
    event.preventDefault();
    removeDraftItem(state, index, view, field.closest('.editor'));
  }
}

function itemRow(state: EditorState, view: EditView, item: unknown, index: number): TemplateResult {
  const n = index + 1;
  const text = typeof item === 'string' ? item : (item as { text?: unknown }).text;
  const hasText = typeof item === 'string' || state.target.kind !== 'cell' || state.target.lane.kind !== 'metrics';
  return html`<li class="editor__item" @keydown=${(event: KeyboardEvent) => itemKeys(event, state, index, view)}>
    ${hasText
      ? html`<textarea
          rows="2"
          aria-label=${say(view, 'editor.item', { n })}
          ?data-focus=${state.focusItem === index}
          .value=${live(typeof text === 'string' ? text : '')}
          @input=${(event: Event) => {
            const value = (event.target as HTMLTextAreaElement).value;
            state.items[index] = typeof item === 'string' ? value : { ...(state.items[index] as object), text: value };
          }}
        ></textarea>`
      : nothing}
    ${typeof item === 'object' && item !== null && state.target.kind === 'cell' ? renderItemFields(state, index, state.target.lane.kind, view) : nothing}
    <span class="editor__item-actions">
      <button type="button" aria-label=${say(view, 'editor.moveUp', { n })} ?disabled=${index === 0} @click=${() => moveDraftItem(state, index, -1) && view.onChange()}>↑</button>
      <button type="button" aria-label=${say(view, 'editor.moveDown', { n })} ?disabled=${index === state.items.length - 1} @click=${() => moveDraftItem(state, index, 1) && view.onChange()}>↓</button>
      <button type="button" aria-label=${say(view, 'editor.removeItem', { n })} @click=${(event: Event) => removeDraftItem(state, index, view, (event.target as HTMLElement).closest('.editor'))}>✕</button>
    </span>
  </li>`;
}

function itemsField(state: EditorState, view: EditView): TemplateResult {
  return html`<ol class="editor__items">
      ${state.items.map((item, index) => itemRow(state, view, item, index))}
    </ol>
    <button
      type="button"
      class="editor__add"
      ?data-focus=${state.focusItem === undefined && !state.items.length}
      @click=${() => {
        if (state.target.kind === 'cell') state.items.push(emptyItem(view.doc, state.target.lane));
        state.focusItem = state.items.length - 1;
        view.onChange();
      }}
    >+ ${say(view, 'editor.addItem')}</button>`;
}

function emotionFields(state: EditorState): TemplateResult {
  return html`${state.emotions.map(
    (draft, index) => html`<label class="editor__field"
      ><span class="editor__label">${draft.label}</span>
      <input
        type="number"
        step="0.5"
        min=${state.scale.min}
        max=${state.scale.max}
        ?data-focus=${index === 0}
        .value=${live(draft.value)}
        @input=${(event: Event) => (draft.value = (event.target as HTMLInputElement).value)}
    /></label>`,
  )}`;
}

function structureButtons(state: EditorState, view: EditView): TemplateResult | typeof nothing {
  const button = (key: EditStringKey, action: CellAction) => html`<button type="button" @click=${() => view.onAction(action)}>${say(view, key)}</button>`;
  const { target } = state;
  if (target.kind === 'step') {
    return html`<div class="editor__structure">
      ${button('editor.addStepBefore', addStepAction(target.stepId, 'before'))} ${button('editor.addStepAfter', addStepAction(target.stepId, 'after'))}
      ${button('editor.moveBack', moveStepAction(target.stepId, -1))} ${button('editor.moveForward', moveStepAction(target.stepId, 1))}
      ${button('editor.removeStep', removeStepAction(target.stepId))}
    </div>`;
  }
  if (target.kind === 'stage') {
    return html`<div class="editor__structure">
      ${button('editor.addStage', addStageAction(target.stageId))} ${button('editor.removeStage', removeStageAction(target.stageId))}
    </div>`;
  }
  return nothing;
}

function onEditorKey(event: KeyboardEvent, state: EditorState, view: EditView): void {
  event.stopPropagation();
  const origin = event.composedPath()[0];
  if (event.key === 'Escape') {
    event.preventDefault();
    view.onCancel();
    return;
  }
  if (event.key !== 'Enter' || origin instanceof HTMLButtonElement) return;
  if (event.shiftKey && state.multiline && origin instanceof HTMLTextAreaElement) return;
  event.preventDefault();
  view.onCommit(true);
}

function onEditorFocusOut(event: FocusEvent, view: EditView): void {
  const editor = event.currentTarget as HTMLElement;
  const next = event.relatedTarget as Node | null;
  if (next && editor.contains(next)) return;
  view.onCommit(false);
}

/** The in-place editor over a cell or header: fields, pickers, structure buttons, Save and Cancel. */
export function renderEditor(state: EditorState, view: EditView): TemplateResult {
  const { target } = state;
  const label = target.kind === 'cell' || target.kind === 'emotion' || target.kind === 'persona' ? view.name : say(view, `editor.${target.kind}`);
  return html`<div
    class="editor"
    part="editor"
    role="dialog"
    aria-label=${say(view, 'editor.label', { what: view.name })}
    style=${styleProps(placement(state.anchor, view.rtl, state.mode === 'persona' ? 576 : 288))}
    @keydown=${(event: KeyboardEvent) => onEditorKey(event, state, view)}
    @focusout=${(event: FocusEvent) => onEditorFocusOut(event, view)}
  >
    ${state.mode === 'text'
      ? html`${textField(state, label)}${renderMarks(state, view)}`
      : state.mode === 'items'
        ? html`<span class="editor__label">${label}</span>${itemsField(state, view)}`
        : state.mode === 'persona'
          ? html`<span class="editor__label">${label}</span>${renderPersonaForm(state, view)}`
          : emotionFields(state)}
    ${structureButtons(state, view)}
    ${state.error ? html`<p class="editor__error" role="alert">${state.error}</p>` : nothing}
    <div class="editor__actions">
      <button type="button" class="editor__save" @click=${() => view.onCommit(true)}>${say(view, 'editor.save')}</button>
      <button type="button" class="editor__cancel" @click=${() => view.onCancel()}>${say(view, 'editor.cancel')}</button>
      <span class="editor__hint"
        >${state.multiline ? say(view, 'editor.hint', { enter: 'Enter', newLine: 'Shift+Enter', escape: 'Escape' }) : say(view, 'editor.hintOneLine', { enter: 'Enter', escape: 'Escape' })}</span
      >
    </div>
  </div>`;
}

/** The live region that says what each edit changed, and the visible note of a refused shortcut. */
export function renderEditStatus(message: string, refusal: string): TemplateResult {
  return html`<div class="visually-hidden" role="status">${message}</div>
    ${refusal ? html`<p class="edit-refusal" part="edit-refusal">${refusal}</p>` : nothing}`;
}

/** The "Edit title" / "Edit goal" button of the header in an editable map. */
export function renderHeaderEditButton(field: 'title' | 'goal', t: Translator, onEdit: (field: 'title' | 'goal', anchor: HTMLElement) => void): TemplateResult {
  const key: EditStringKey = field === 'title' ? 'editor.editTitle' : 'editor.editGoal';
  return html`<button type="button" class="edit-button" part="edit-button" data-edit=${field} @click=${(event: Event) => onEdit(field, event.currentTarget as HTMLElement)}>
    ${editString(t, key)}
  </button>`;
}

/** The "Edit <name>" button under a persona's card in an editable map's header. */
export function renderPersonaEditButton(persona: { id: string; name?: unknown }, t: Translator, onEdit: (anchor: HTMLElement) => void): TemplateResult {
  const name = typeof persona.name === 'string' && persona.name.trim() ? persona.name : persona.id;
  return html`<button type="button" class="edit-button edit-button--persona" part="edit-button" data-edit="persona" data-persona-id=${persona.id} @click=${(event: Event) => onEdit(event.currentTarget as HTMLElement)}>
    ${editString(t, 'editor.editPersona', { name })}
  </button>`;
}
