import type { TemplateResult } from 'lit';
import { EditController } from '../../controllers/edit-controller.js';
import { EmotionDragController } from '../../controllers/emotion-drag-controller.js';
import { StepDragController } from '../../controllers/step-drag-controller.js';
import type { JourneyDocument, NormalizedJourney, Persona } from '../../model/types.js';
import type { JourneyMapProperties } from './journey-map.properties.js';
import { renderHeaderEditButton, renderPersonaEditButton } from './edit-view.js';
import { editStyles } from './edit.styles.js';
import { elementFor, emotionDragOptions, renderEditing, stepDragOptions, targetOfPath } from './map-editing.js';
import type { MapRow } from './map-lanes.js';
import type { MapWords } from './map-model.js';

/**
 * Editing in place, loaded the first time a map is `editable` (`import()` from journey-map.component.ts):
 * a read-only map never downloads the editor, its controllers, the pure edits or their words.
 */

/** What the editing controllers read from the map (each a getter). */
export interface EditParts {
  map: JourneyMapProperties;
  journey: () => NormalizedJourney | undefined;
  document: () => JourneyDocument | undefined;
  persona: () => string | undefined;
  words: () => MapWords;
  rows: () => MapRow[];
  laneRow: (key: string) => MapRow | undefined;
  scroller: () => HTMLElement | null;
  rtl: () => boolean;
}

/** What an editable map draws and calls: the editor, the header's buttons, undo and redo. */
export interface MapEditing {
  readonly edit: EditController;
  /** The editor (when open), the live region and the drop line of a dragged step. */
  render(view: { doc?: JourneyDocument } & MapWords): TemplateResult;
  editButton(field: 'title' | 'goal', words: MapWords): TemplateResult;
  personaEditButton(persona: Persona, words: MapWords): TemplateResult;
}

/** The editor's styles, adopted by the map's shadow root once editing has loaded. */
export const editingStyles = editStyles;

/** Adds the editing controllers to `parts.map` (they connect at once when it is connected). */
export function mapEditing(parts: EditParts): MapEditing {
  const { map, journey, rows } = parts;
  const edit = new EditController(map, {
    enabled: () => map.editable,
    document: parts.document,
    normalized: journey,
    setDocument: (doc) => (map.journey = doc),
    words: parts.words,
    persona: parts.persona,
    targetOf: (path) => targetOfPath(path, rows(), journey()),
    focus: (spec) => void map.updateComplete.then(() => elementFor(spec, rows, journey(), map.renderRoot, parts.laneRow)?.focus()),
    rtl: parts.rtl,
  });
  const drag = new StepDragController(map, stepDragOptions(map, rows, parts.scroller, (action) => edit.run(action)));
  new EmotionDragController(map, edit, parts.document, emotionDragOptions(map, rows, journey, parts.words));
  return {
    edit,
    render: (view) => renderEditing(edit, { ...view, rtl: parts.rtl(), drop: drag.drop }),
    editButton: (field, words) => renderHeaderEditButton(field, words, (target, button) => edit.open({ kind: target }, button)),
    personaEditButton: (persona, words) => renderPersonaEditButton(persona, words, (button) => edit.open({ kind: 'persona', personaId: persona.id }, button)),
  };
}
