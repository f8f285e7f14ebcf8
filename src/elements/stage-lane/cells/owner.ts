import { html, nothing, type TemplateResult } from 'lit';
import type { NormalizedStep } from '../../../model/types.js';
import { nonEmpty } from './shared.js';

/** The department that owns the step. */
export function renderOwnerCell(step: NormalizedStep): TemplateResult | typeof nothing {
  return nonEmpty(step.owner) ? html`<p class="owner">${step.owner}</p>` : nothing;
}
