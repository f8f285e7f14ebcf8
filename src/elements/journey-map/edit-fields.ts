import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { EditorState } from '../../edit/editor-state.js';
import { editString, type EditStringKey } from '../../i18n/edit-strings.js';
import { insightString, type InsightStringKey } from '../../i18n/insight-strings.js';
import { laneString, type LaneStringKey } from '../../i18n/lane-strings.js';
import { INSIGHT_KINDS, OPPORTUNITY_STATUSES } from '../../model/check-insights.js';
import type { JourneyDocument } from '../../model/types.js';
import type { Translator } from '../../i18n/translator.js';

interface FieldView extends Translator {
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

function input(state: EditorState, index: number, key: string, label: string, type: 'text' | 'number' | 'date' | 'url'): TemplateResult {
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
  const e = (key: EditStringKey) => editString(view, key);
  const l = (key: LaneStringKey) => laneString(view, key);
  const i = (key: InsightStringKey) => insightString(view, key);
  const none = e('editor.none');
  switch (kind) {
    case 'painPoints':
      return html`${select(state, index, 'category', e('editor.category'), CATEGORIES.map((c) => [c, l(`pain.${c}`)] as const), none)}
      ${select(state, index, 'severity', e('editor.severity'), ['1', '2', '3', '4', '5'].map((n) => [n, n] as const), none, true)}`;
    case 'opportunities':
      return html`${select(state, index, 'impact', l('label.impact'), LEVELS.map((v) => [v, l(`impact.${v}`)] as const), none)}
      ${select(state, index, 'effort', l('label.effort'), LEVELS.map((v) => [v, l(`effort.${v}`)] as const), none)}
      ${select(state, index, 'status', e('editor.status'), OPPORTUNITY_STATUSES.map((v) => [v, i(`status.${v}`)] as const), none)}
      ${input(state, index, 'owner', l('label.owner'), 'text')}`;
    case 'insights':
      return renderInsightFields(state, index, view);
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

/**
 * An insight's kind (quote, observation, data), source, date, count and link. A date-time already in
 * the document is edited as text, so its time is not lost to a date picker.
 */
function renderInsightFields(state: EditorState, index: number, view: FieldView): TemplateResult {
  const e = (key: EditStringKey) => editString(view, key);
  const i = (key: InsightStringKey) => insightString(view, key);
  const at = (state.items[index] as Record<string, unknown>).at;
  const dateOnly = at === undefined || (typeof at === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(at));
  return html`${select(state, index, 'kind', e('editor.kind'), INSIGHT_KINDS.map((kind) => [kind, i(`insight.${kind}`)] as const), undefined)}
    ${input(state, index, 'source', i('insight.source'), 'text')} ${input(state, index, 'at', e('editor.date'), dateOnly ? 'date' : 'text')}
    ${input(state, index, 'n', e('editor.count'), 'number')} ${input(state, index, 'url', e('editor.link'), 'url')}`;
}
