import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { EditorState } from '../../edit/editor-state.js';
import { EVIDENCE_LEVELS, PERSONA_LISTS, PERSONA_TEXTS, type PersonaField } from '../../edit/record-drafts.js';
import { editString, type EditStringKey } from '../../i18n/edit-strings.js';
import { mapString } from '../../i18n/map-strings.js';
import { personaString } from '../../i18n/persona-strings.js';
import type { Translator } from '../../i18n/translator.js';

type FormView = Translator;

const TEXT_LABELS: Record<(typeof PERSONA_TEXTS)[number], EditStringKey> = {
  name: 'editor.name',
  role: 'editor.role',
  description: 'editor.description',
  quote: 'editor.quote',
};

/**
 * A step header's marks under its title: a "Moment of truth" checkbox and the evidence level as a
 * picker (none, research, data, assumption).
 */
export function renderMarks(state: EditorState, view: FormView): TemplateResult | typeof nothing {
  const marks = state.marks;
  if (!marks) return nothing;
  const current = marks.evidence;
  const known = EVIDENCE_LEVELS.some((level) => level === current);
  return html`<div class="editor__marks">
    <label class="editor__check"
      ><input
        type="checkbox"
        .checked=${live(marks.momentOfTruth)}
        @change=${(event: Event) => (marks.momentOfTruth = (event.target as HTMLInputElement).checked)}
      />${mapString(view, 'step.momentOfTruth')}</label
    >
    <label class="editor__picker"
      ><span>${editString(view, 'editor.evidence')}</span>
      <select @change=${(event: Event) => (marks.evidence = (event.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${current === ''}>${editString(view, 'editor.none')}</option>
        ${known || current === '' ? nothing : html`<option value=${current} selected>${current}</option>`}
        ${EVIDENCE_LEVELS.map((level) => html`<option value=${level} ?selected=${level === current}>${mapString(view, `evidence.${level}`)}</option>`)}
      </select></label
    >
  </div>`;
}

function field(state: EditorState, key: PersonaField, label: string, kind: 'input' | 'textarea', rows = 2): TemplateResult {
  const draft = state.persona!;
  const onInput = (event: Event) => (draft[key] = (event.target as HTMLInputElement | HTMLTextAreaElement).value);
  return html`<label class="editor__field"
    ><span class="editor__label">${label}</span>
    ${kind === 'input'
      ? html`<input type="text" ?data-focus=${key === 'name'} .value=${live(draft[key])} @input=${onInput} />`
      : html`<textarea rows=${rows} .value=${live(draft[key])} @input=${onInput}></textarea>`}</label
  >`;
}

/** A persona's form: name and role, description and quote, and its lists one item a line. */
export function renderPersonaForm(state: EditorState, view: FormView): TemplateResult {
  const e = (key: EditStringKey, values?: Record<string, string>) => editString(view, key, values);
  return html`<div class="editor__persona">
    ${field(state, 'name', e(TEXT_LABELS.name), 'input')} ${field(state, 'role', e(TEXT_LABELS.role), 'input')}
    ${field(state, 'description', e(TEXT_LABELS.description), 'textarea', 3)} ${field(state, 'quote', e(TEXT_LABELS.quote), 'textarea')}
    ${PERSONA_LISTS.map((key) => field(state, key, e('editor.onePerLine', { list: personaString(view, `persona.${key}`) }), 'textarea', 3))}
  </div>`;
}
