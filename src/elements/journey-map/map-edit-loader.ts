import { html, type TemplateResult } from 'lit';
import { mapString } from '../../i18n/map-strings.js';
import type { JourneyDocument } from '../../model/types.js';
import type { EditParts, MapEditing } from './map-edit-feature.js';
import type { MapWords } from './map-model.js';
import { adoptStyles } from './on-demand.js';

/**
 * Editing in place for `<journey-map>`, loaded the first time the map is `editable` (a read-only map
 * never downloads map-edit-feature.ts). The map stays readable meanwhile; a live region says the
 * editor is loading, and a note says when it could not be loaded (the map then stays read-only;
 * nothing is thrown into the page).
 */
export class EditingLoader {
  private state?: MapEditing | 'loading' | 'failed';
  /** The import on its way, until it has settled. */
  pending?: Promise<void>;

  constructor(
    private readonly host: HTMLElement & { requestUpdate(): void },
    private readonly parts: () => EditParts,
  ) {}

  /** The loaded editing, if any. */
  get editor(): MapEditing | undefined {
    return typeof this.state === 'object' ? this.state : undefined;
  }

  /** Starts loading the editor, once. */
  want(): void {
    if (this.state !== undefined) return;
    this.state = 'loading';
    this.pending = import('./map-edit-feature.js').then(
      ({ mapEditing, editingStyles }) => {
        adoptStyles(this.host, editingStyles);
        this.state = mapEditing(this.parts());
        this.pending = undefined;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.state = 'failed';
        this.pending = undefined;
        console.warn('journey-map: the editor could not be loaded; the map stays read-only.', error);
        this.host.requestUpdate();
      },
    );
  }

  /** The editor, its status and the drop line; a status while it loads, a note if it failed to. */
  render(doc: JourneyDocument | undefined, words: MapWords): TemplateResult {
    const editor = this.editor;
    if (editor) return editor.render({ ...words, doc });
    return this.state === 'failed'
      ? html`<p class="edit-unavailable" role="alert">${mapString(words, 'status.editorFailed')}</p>`
      : html`<div class="visually-hidden" role="status">${mapString(words, 'status.loadingEditor')}</div>`;
  }
}
