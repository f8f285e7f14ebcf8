import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { EditorState } from '../../edit/editor-state.js';
import { editString, type EditStringKey } from '../../i18n/edit-strings.js';
import { laneString, type LaneStringKey } from '../../i18n/lane-strings.js';
import type { Locale, StringOverrides } from '../../i18n/locale.js';
import type { JourneyDocument } from '../../model/types.js';

interface FieldView {
  locale: Locale;
  strings?: StringOverrides;
  doc: JourneyDocument;
}

type Option = readonly [value: string, label: string];

const CATEGORIES = ['financial', 'process', 'support', 'performance'] as const;
const LEVELS = ['low', 'medium', 'high'] as const;

/** Sets (or, with '', removes) a field of draft item `index`. */
function setField(state: EditorState, index: number, key: string, value: unknown): void {
  const item = { ...(state.items[index] as Record<string, unknown>) };
  if (value === '' || value === undefined) delete item[key];
  else item[key] = value;
  state.items[index] = item;
}

function select(state: EditorState, index: number, key: string, label: string, options: readonly Option[], none: string | undefined, numeric = false): TemplateResult {
  const item = state.items[index] as Record<string, unknown>;
  const current = item[key] === undefined ? '' : String(item[key]);
  const known = options.some(([value]) => value === current);
  return html`<label class="editor__picker"
    ><span>${label}</span>
    <select
      @change=${(event: Event) => {
        const value = (event.target as HTMLSelectElement).value;
        setField(state, index, key, numeric && value !== '' ? Number(value) : value);
      }}
    >
      ${none === undefined ? '' : html`<option value="" ?selected=${current === ''}>${none}</option>`}
      ${known || current === '' ? '' : html`<option value=${current} selected>${current}</option>`}
      ${options.map(([value, text]) => html`<option value=${value} ?selected=${value === current}>${text}</option>`)}
    </select></label
  >`;
}

function input(state: EditorState, index: number, key: string, label: string, type: 'text' | 'number'): TemplateResult {
  const item = state.items[index] as Record<string, unknown>;
  const current = item[key] === undefined ? '' : String(item[key]);
  return html`<label class="editor__picker"
    ><span>${label}</span>
    <input
      type=${type}
      .step=${'any'}
      .value=${live(current)}
      @input=${(event: Event) => {
        const text = (event.target as HTMLInputElement).value;
        setField(state, index, key, type === 'number' && text !== '' ? Number(text) : text);
      }}
  /></label>`;
}

/**
 * The typed fields of a list item, as small pickers rather than free text: a pain point's category
 * and severity, an opportunity's impact, effort and owner, a backstage item's actor and system, a
 * touchpoint's channel, a metric's metric, value and target.
 */
export function renderItemFields(state: EditorState, index: number, kind: string, view: FieldView): TemplateResult | string {
  const e = (key: EditStringKey) => editString(view.locale, key, undefined, view.strings);
  const l = (key: LaneStringKey) => laneString(view.locale, key, undefined, view.strings);
  const none = e('editor.none');
  switch (kind) {
    case 'painPoints':
      return html`${select(state, index, 'category', e('editor.category'), CATEGORIES.map((c) => [c, l(`pain.${c}`)] as const), none)}
      ${select(state, index, 'severity', e('editor.severity'), ['1', '2', '3', '4', '5'].map((n) => [n, n] as const), none, true)}`;
    case 'opportunities':
      return html`${select(state, index, 'impact', l('label.impact'), LEVELS.map((v) => [v, l(`impact.${v}`)] as const), none)}
      ${select(state, index, 'effort', l('label.effort'), LEVELS.map((v) => [v, l(`effort.${v}`)] as const), none)}
      ${input(state, index, 'owner', l('label.owner'), 'text')}`;
    case 'backstage':
      return html`${input(state, index, 'actor', e('editor.actor'), 'text')} ${input(state, index, 'system', l('label.system'), 'text')}`;
    case 'touchpoints':
      return select(state, index, 'channel', e('editor.channel'), (view.doc.channels ?? []).map((c) => [c.id, c.label || c.id] as const), undefined);
    case 'metrics':
      return html`${select(state, index, 'metric', l('lane.metrics'), (view.doc.metrics ?? []).map((m) => [m.id, m.label || m.id] as const), undefined)}
      ${input(state, index, 'value', e('editor.value'), 'number')} ${input(state, index, 'target', e('editor.target'), 'number')}`;
    default:
      return '';
  }
}
