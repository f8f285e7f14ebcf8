import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { diffJson } from '../edit/json-diff.js';
import { EditHistory } from '../edit/history.js';
import { commitEditor, type EditorState, openEditor } from '../edit/editor-state.js';
import { cellAction, type CellAction, type EditWords } from '../edit/cell-actions.js';
import type { EditResult } from '../edit/edits.js';
import type { EditTarget } from '../edit/targets.js';
import { emit } from '../events.js';
import { editString } from '../i18n/edit-strings.js';
import type { JourneyDocument, NormalizedJourney } from '../model/types.js';
import type { Translator } from '../i18n/translator.js';

/** Where focus goes once the map has rendered an edit. */
export type FocusSpec = { kind: 'target'; target: EditTarget } | { kind: 'step'; stepId: string } | { kind: 'stage'; stageId: string };

export interface EditControllerOptions {
  enabled: () => boolean;
  /** The document being edited: the `journey` property, or the validated copy of a loaded one. */
  document: () => JourneyDocument | undefined;
  normalized: () => NormalizedJourney | undefined;
  /** Replaces the host's `journey` with an edited document. */
  setDocument: (journey: JourneyDocument) => void;
  /** The map's language and string overrides. */
  words: () => Translator;
  persona: () => string | undefined;
  /** The edit target of a grid cell or header element an event came from, with its element. */
  targetOf: (path: EventTarget[]) => { target: EditTarget; anchor: HTMLElement } | undefined;
  /** Focuses the element showing `spec` (a cell, a header), after the map rendered. */
  focus: (spec: FocusSpec) => void;
  /** Computed direction of the host, for Alt+Left/Right. */
  rtl: () => boolean;
}

const isMac = () => typeof navigator !== 'undefined' && /Mac|iP(hone|ad)/.test(navigator.platform);

/**
 * Editing in place for `<journey-map editable>`: opens the editor on a cell (Enter, F2, double-click),
 * runs the cell shortcuts (+/Insert, −, Delete, Alt+arrows), commits through the pure edits of
 * src/edit, keeps the undo history, dispatches `journey-change` and says what changed in a live
 * region. A document set by the host (not by an edit) resets the history.
 */
export class EditController implements ReactiveController {
  readonly history = new EditHistory<JourneyDocument>(200);
  /** The editor open on a cell, if any. */
  editor?: EditorState;
  /** The last announcement for the live region. */
  message = '';
  /** A refused shortcut's message, shown next to the grid until the next edit. */
  refusal = '';
  private current?: JourneyDocument;
  private pendingFocus?: FocusSpec;
  /** Set when the editor opened or changed shape: its field to type in takes focus after render. */
  private focusField = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: EditControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeyDown, { capture: true });
    this.host.addEventListener('dblclick', this.onDoubleClick);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeyDown, { capture: true });
    this.host.removeEventListener('dblclick', this.onDoubleClick);
  }

  /** A document the host set (not one this controller set) starts a new history; an open editor stays if its target still exists. */
  hostUpdate(): void {
    const doc = this.options.document();
    if (doc === this.current) return;
    const first = this.current === undefined;
    this.current = doc;
    if (first) return;
    this.history.clear();
    if (this.editor && (!doc || !openEditor(doc, this.editor.target, this.words()))) this.editor = undefined;
  }

  hostUpdated(): void {
    if (this.focusField && this.editor) {
      this.focusField = false;
      const root = (this.host as { renderRoot?: ParentNode }).renderRoot;
      const editor = root?.querySelector('.editor');
      (editor?.querySelector<HTMLElement>('[data-focus]') ?? editor?.querySelector<HTMLElement>('textarea, input, select, button'))?.focus();
    }
    const spec = this.pendingFocus;
    if (!spec) return;
    this.pendingFocus = undefined;
    this.options.focus(spec);
  }

  words(): EditWords {
    return { ...this.options.words(), persona: this.options.persona(), journey: this.options.normalized() };
  }

  /** Opens the editor on `target`; `addItem` starts it with a new empty item. */
  open(target: EditTarget, anchor: HTMLElement | undefined, addItem = false): void {
    const doc = this.options.document();
    const editor = doc ? openEditor(doc, target, this.words(), addItem) : undefined;
    if (!editor) return;
    this.editor = { ...editor, anchor };
    this.refusal = '';
    this.focusField = true;
    this.host.requestUpdate();
  }

  /** The editor's draft changed shape (an item added, removed or moved). */
  changed(): void {
    this.focusField = true;
    this.host.requestUpdate();
  }

  /** Closes the editor without a change; focus returns to its cell. */
  cancel(): void {
    const editor = this.editor;
    if (!editor) return;
    this.editor = undefined;
    this.pendingFocus = { kind: 'target', target: editor.target };
    this.host.requestUpdate();
  }

  /**
   * Commits the editor's draft: closes it (focus back on its cell when `returnFocus`; a commit on
   * blur leaves focus where the user put it), or keeps it open with the refusal shown.
   */
  commit(returnFocus = true): boolean {
    const editor = this.editor;
    const doc = this.options.document();
    if (!editor || !doc) return false;
    const { result, label } = commitEditor(doc, editor, this.words());
    if (!result.ok) {
      this.editor = { ...editor, error: result.message };
      this.message = result.message;
      if (returnFocus) this.focusField = true;
      this.host.requestUpdate();
      return false;
    }
    this.editor = undefined;
    if (returnFocus) this.pendingFocus = { kind: 'target', target: editor.target };
    if (result.patch.length) this.apply(doc, result.journey, label, 'edit');
    else this.host.requestUpdate();
    return true;
  }

  /** Runs a cell shortcut or an editor button's structural action. */
  run(action: CellAction): void {
    const doc = this.options.document();
    if (!doc) return;
    const outcome = action(doc, this.words());
    if (!outcome) return;
    const { result, label, focus } = outcome;
    if (!result.ok) {
      this.refusal = result.message;
      this.message = result.message;
      this.host.requestUpdate();
      return;
    }
    this.editor = undefined;
    this.refusal = '';
    this.pendingFocus = focus;
    if (result.patch.length) this.apply(doc, result.journey, label, 'edit');
    else this.host.requestUpdate();
  }

  /** Shows `doc` while a pointer drags (the curve follows), with no history entry and no event. */
  preview(doc: JourneyDocument): void {
    this.current = doc;
    this.options.setDocument(doc);
  }

  /**
   * Ends a drag that started from `before` (shown meanwhile with `preview`): its result becomes one
   * edit (one undo step, one `journey-change` from `before`), or `before` comes back when the drag
   * changed nothing or was refused (the refusal shown).
   */
  finishDrag(before: JourneyDocument, outcome: { result: EditResult; label: string; focus?: FocusSpec }): void {
    const { result, label, focus } = outcome;
    if (!result.ok || !result.patch.length) {
      this.preview(before);
      if (!result.ok) this.refusal = this.message = result.message;
      return;
    }
    this.refusal = '';
    this.pendingFocus = focus;
    this.apply(before, result.journey, label, 'edit');
  }

  undo(): boolean {
    const entry = this.history.undo();
    if (!entry) {
      this.say(editString(this.options.words(), 'announce.nothingToUndo'));
      return false;
    }
    this.move(entry.before, editString(this.options.words(), 'announce.undone', { what: entry.label }), 'undo');
    return true;
  }

  redo(): boolean {
    const entry = this.history.redo();
    if (!entry) {
      this.say(editString(this.options.words(), 'announce.nothingToRedo'));
      return false;
    }
    this.move(entry.after, editString(this.options.words(), 'announce.redone', { what: entry.label }), 'redo');
    return true;
  }

  private say(message: string): void {
    this.message = message;
    this.host.requestUpdate();
  }

  private move(to: JourneyDocument, message: string, cause: 'undo' | 'redo'): void {
    const from = this.options.document();
    this.editor = undefined;
    this.refusal = '';
    this.current = to;
    this.options.setDocument(to);
    this.message = message;
    emit(this.host, 'journey-change', { journey: to, patch: from ? diffJson(from, to) : [], cause });
  }

  private apply(before: JourneyDocument, after: JourneyDocument, label: string, cause: 'edit'): void {
    this.history.record({ before, after, label });
    this.current = after;
    this.options.setDocument(after);
    this.message = label;
    // A drag already shows `after` (preview): the document does not change, the announcement does.
    this.host.requestUpdate();
    emit(this.host, 'journey-change', { journey: after, patch: diffJson(before, after), cause });
  }

  private inEditor(path: EventTarget[]): boolean {
    return path.some((node) => node instanceof HTMLElement && node.classList.contains('editor'));
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (!this.options.enabled() || event.defaultPrevented) return;
    const path = event.composedPath();
    if (this.inEditor(path)) return;
    const mod = isMac() ? event.metaKey : event.ctrlKey;
    const key = event.key.toLowerCase();
    const origin = path[0];
    const typing = origin instanceof HTMLInputElement || origin instanceof HTMLTextAreaElement || origin instanceof HTMLSelectElement;
    if (mod && !event.altKey && !typing && (key === 'z' || (key === 'y' && !isMac()))) {
      event.preventDefault();
      event.stopPropagation();
      if (key === 'z' && !event.shiftKey) this.undo();
      else this.redo();
      return;
    }
    const hit = this.options.targetOf(path);
    if (!hit || mod) return;
    if ((event.key === 'Enter' && !event.shiftKey && !event.altKey) || event.key === 'F2') {
      event.preventDefault();
      event.stopPropagation();
      this.open(hit.target, hit.anchor);
      return;
    }
    const action = cellAction(hit.target, event, this.options.rtl());
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    if (action === 'add-item') this.open(hit.target, hit.anchor, true);
    else this.run(action);
  };

  private readonly onDoubleClick = (event: MouseEvent): void => {
    if (!this.options.enabled()) return;
    const path = event.composedPath();
    if (this.inEditor(path)) return;
    const hit = this.options.targetOf(path);
    if (!hit) return;
    event.preventDefault();
    this.open(hit.target, hit.anchor);
  };
}
