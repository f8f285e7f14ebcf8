import { html, type CSSResult, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { mapString } from '../../i18n/map-strings.js';
import type { JourneyDocument } from '../../model/types.js';
import type { EditParts, MapEditing } from './map-edit-feature.js';
import type { MapWords } from './map-model.js';
import { OnDemand } from './on-demand.js';

/**
 * Editing in place for `<journey-map>`, loaded the first time the map is `editable` (a read-only map
 * never downloads map-edit-feature.ts). The map stays readable meanwhile; a live region says the
 * editor is loading, and a note says when it could not be loaded (the map then stays read-only;
 * nothing is thrown into the page). Loaded as the map's other parts are (on-demand.ts).
 */
export class EditingLoader {
  private readonly module: OnDemand<{ readonly styles: CSSResult; readonly editing: MapEditing }>;

  constructor(host: ReactiveControllerHost & HTMLElement, parts: () => EditParts) {
    this.module = new OnDemand(host, 'editor (the map stays read-only)', () =>
      import('./map-edit-feature.js').then(({ mapEditing, editingStyles }) => ({ styles: editingStyles, editing: mapEditing(parts()) })),
    );
  }

  /** The import on its way, until it has settled. */
  get pending(): Promise<void> | undefined {
    return this.module.pending;
  }

  /** The loaded editing, if any. */
  get editor(): MapEditing | undefined {
    return this.module.get(false)?.editing;
  }

  /** Starts loading the editor, once. */
  want(): void {
    this.module.get(true);
  }

  /** The editor, its status and the drop line; a status while it loads, a note if it failed to. */
  render(doc: JourneyDocument | undefined, words: MapWords): TemplateResult {
    const editor = this.editor;
    if (editor) return editor.render({ ...words, doc });
    return this.module.failed
      ? html`<p class="edit-unavailable" role="alert">${mapString(words, 'status.editorFailed')}</p>`
      : html`<div class="visually-hidden" role="status">${mapString(words, 'status.loadingEditor')}</div>`;
  }
}
