import { formatNumber } from '../../i18n/number-format.js';
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { customerString } from '../../i18n/customer-strings.js';
import type { CustomerStatus } from '../../layout/customer-table.js';
import type { NormalizedJourney } from '../../model/types.js';
import type { CustomerWords } from '../../views/customers.js';
import { uiDir } from '../shared/bidi.js';

export interface ToolbarView extends CustomerWords {
  journey: NormalizedJourney;
  search: string;
  step?: number;
  status?: CustomerStatus;
  /** Customers shown and in all. */
  shown: number;
  total: number;
  onSearch: (text: string) => void;
  onStep: (step: number | undefined) => void;
  onStatus: (status: CustomerStatus | undefined) => void;
}

const OFF_MAP = 'off-map';

/** Search by name, the step and status filters, and the count of matching customers (announced politely). */
export function renderToolbar(view: ToolbarView): TemplateResult {
  const t = (key: Parameters<typeof customerString>[1]) => customerString(view, key);
  const stepValue = view.step === undefined ? '' : view.step < 0 ? OFF_MAP : String(view.step);
  const statusValue = view.status ?? '';
  return html`<div part="toolbar" class="toolbar">
    <label class="field">
      <span>${t('customers.search')}</span>
      <input
        part="search"
        type="search"
        autocomplete="off"
        .value=${live(view.search)}
        @input=${(event: Event) => view.onSearch((event.target as HTMLInputElement).value)}
      />
    </label>
    <label class="field">
      <span>${t('customers.filter.step')}</span>
      <select
        part="filter"
        data-filter="step"
        .value=${live(stepValue)}
        @change=${(event: Event) => {
          const value = (event.target as HTMLSelectElement).value;
          view.onStep(value === '' ? undefined : value === OFF_MAP ? -1 : Number(value));
        }}
      >
        <option value="" ?selected=${stepValue === ''}>${t('customers.filter.anyStep')}</option>
        ${view.journey.steps.map(
          (step) => html`<option value=${String(step.index)} ?selected=${stepValue === String(step.index)}>${step.title}</option>`,
        )}
        <option value=${OFF_MAP} ?selected=${stepValue === OFF_MAP}>${t('customers.filter.offMap')}</option>
      </select>
    </label>
    <label class="field">
      <span>${t('customers.filter.status')}</span>
      <select
        part="filter"
        data-filter="stalled"
        .value=${live(statusValue)}
        @change=${(event: Event) => {
          const value = (event.target as HTMLSelectElement).value;
          view.onStatus(value === 'stalled' || value === 'moving' || value === 'finished' ? value : undefined);
        }}
      >
        <option value="" ?selected=${statusValue === ''}>${t('customers.filter.all')}</option>
        <option value="stalled" ?selected=${statusValue === 'stalled'}>${t('customers.filter.stalled')}</option>
        <option value="moving" ?selected=${statusValue === 'moving'}>${t('customers.filter.moving')}</option>
        <option value="finished" ?selected=${statusValue === 'finished'}>${t('customers.filter.finished')}</option>
      </select>
    </label>
    <span part="count" class="count" role="status" dir=${uiDir(view.locale)}
      >${customerString(view, 'customers.count', { shown: formatNumber(view.shown, view.intlLocale), total: formatNumber(view.total, view.intlLocale) })}</span
    >
  </div>`;
}
