import { css, html, nothing, svg, type TemplateResult } from 'lit';
import { mapString } from '../../i18n/map-strings.js';
import { formatSpokenNumber } from '../../i18n/number-format.js';
import type { JourneyProblem, NormalizedJourney, Persona } from '../../model/types.js';
import { heading, type HeadingLevel } from '../shared/heading.js';
import { renderFreshness, type FreshnessView } from './map-freshness.js';
import { dataLang, dirOf } from '../shared/data-lang.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { renderProblemWhere } from '../shared/error-panel.js';
import { styleProps } from '../shared/style-props.js';
import { colorSlot } from '../../layout/curve-model.js';
import { dataText, uiDir } from '../shared/bidi.js';
import { type Translator } from '../../i18n/translator.js';

export interface HeaderView extends Translator {
  headingLevel: HeadingLevel;
  theme?: string;
  /** The persona whose full card is open in the dialog. */
  openPersona?: Persona;
  /** A narrow map's header shows its details (the reader pressed "Details"). */
  detailsOpen?: boolean;
  onToggleDetails: () => void;
  onOpenPersona: (persona: Persona) => void;
  onClosePersona: () => void;
  /** Freshness: the map's number format and clock ("Data as of …", "Review due since …"). */
  freshness?: Omit<FreshnessView, 'locale' | 'strings'>;
  /** An editable map's "Edit title" / "Edit goal" buttons (map-editing.ts). */
  editButton?: (field: 'title' | 'goal') => TemplateResult;
  /** An editable map's "Edit <name>" button under each persona's card (map-editing.ts). */
  personaEditButton?: (persona: Persona) => TemplateResult;
}

function personaName(persona: Persona): string {
  return typeof persona.name === 'string' && persona.name.trim() ? persona.name : persona.id;
}

function renderPersonas(journey: NormalizedJourney, view: HeaderView): TemplateResult | typeof nothing {
  const { personas } = journey;
  if (!personas.length) return nothing;
  const cardLevel = Math.min(view.headingLevel + 1, 6);
  return html`<ul class="personas" part="personas" aria-label=${mapString(view, 'map.personas')}>
    ${personas.map(
      (persona) => html`<li class="persona">
        <div class="persona__open">
          <persona-card compact in-map .persona=${persona} .strings=${view.strings} locale=${view.locale} text-lang=${ifDefined(dataLang(journey))} heading-level=${cardLevel}
            style=${styleProps({ '--journey-avatar-color': `var(--journey-series-${colorSlot(journey, persona.id)})` })}></persona-card>
          <button type="button" part="persona-button" class="persona-button" aria-haspopup="dialog" @click=${() => view.onOpenPersona(persona)}>
            <span class="visually-hidden">${mapString(view, 'persona.open', { name: personaName(persona) })}</span>
          </button>
        </div>
        ${view.personaEditButton?.(persona) ?? nothing}
      </li>`,
    )}
  </ul>`;
}

/** The persona's full card; outside the header's details, so a collapsed header never hides an open dialog. */
function renderPersonaDialog(journey: NormalizedJourney, view: HeaderView): TemplateResult | typeof nothing {
  if (!journey.personas.length) return nothing;
  const cardLevel = Math.min(view.headingLevel + 1, 6);
  const open = view.openPersona;
  return html`<dialog part="dialog" class="dialog" aria-label=${open ? personaName(open) : ''} @close=${view.onClosePersona}>
    ${open
      ? html`<persona-card in-map .persona=${open} .strings=${view.strings} locale=${view.locale} text-lang=${ifDefined(dataLang(journey))} heading-level=${cardLevel}></persona-card>
          <div class="dialog__actions">
            <button
              type="button"
              part="dialog-close"
              class="dialog__close"
              @click=${(event: Event) => (event.target as HTMLElement).closest('dialog')?.close()}
            >${mapString(view, 'persona.close')}</button>
          </div>`
      : nothing}
  </dialog>`;
}

/**
 * The map's header: title, state badge, goal, description and the personas as compact cards. In a
 * narrow map (under 640 px, a container query) it is the title and the goal on one line, with a
 * "Details" button that shows the rest (freshness, the whole goal, description, personas); wide, the
 * button is not shown and everything is.
 */
export function renderMapHeader(journey: NormalizedJourney, view: HeaderView): TemplateResult {
  const state = journey.state === 'future' ? 'future' : 'current';
  const lang = dataLang(journey);
  const freshness = view.freshness ? renderFreshness(journey.source, { ...view.freshness, locale: view.locale, strings: view.strings, lang }) : nothing;
  const more = freshness !== nothing || Boolean(journey.description) || journey.personas.length > 0;
  const open = Boolean(view.detailsOpen);
  return html`<header part="header" class="header" ?data-open=${open}>
      <div class="title-line">
        ${heading(view.headingLevel, html`<span lang=${ifDefined(lang)} dir=${ifDefined(dirOf(lang))}>${journey.title}</span>`, 'title')}${view.editButton?.('title') ?? nothing}
        <span part="badge" class="badge badge--${state}" dir=${uiDir(view.locale)}>${mapString(view, `state.${state}`)}</span>
        ${more
          ? html`<button type="button" part="details-toggle" class="details-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="header-details" @click=${view.onToggleDetails}>
              ${mapString(view, 'map.details')}${DETAILS_ICON}
            </button>`
          : nothing}
      </div>
      <div class="header-details" id="header-details">
        ${freshness}
        ${journey.goal
          ? html`<p part="goal" class="goal"><strong dir=${uiDir(view.locale)}>${mapString(view, 'map.goal')}:</strong> ${dataText(journey.goal, lang)}${view.editButton?.('goal') ?? nothing}</p>`
          : (view.editButton?.('goal') ?? nothing)}
        ${journey.description ? html`<p part="description" class="description" lang=${ifDefined(lang)} dir=${ifDefined(dirOf(lang))}>${journey.description}</p>` : nothing}
        ${renderPersonas(journey, view)}
      </div>
    </header>
    ${renderPersonaDialog(journey, view)}`;
}

const DETAILS_ICON = svg`<svg class="details-toggle__icon" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false"><path d="M3 6l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2"/></svg>`;

/**
 * The header in a narrow map: the title a step smaller, then the goal on one line, and the rest
 * behind "Details". Wide maps never show the button.
 */
export const headerStyles = css`
  .header-details {
    display: flex;
    flex-direction: column;
    gap: var(--journey-space-2);
  }
  .details-toggle {
    display: none;
  }
  @container map-header (width < 640px) {
    .title {
      font-size: 1.15em;
    }
    .details-toggle {
      display: inline-flex;
      align-items: center;
      gap: 0.3em;
      margin-inline-start: auto;
      padding: 0.15em 0.6em;
      border: 1px solid var(--journey-border);
      border-radius: var(--journey-chip-radius);
      background: var(--journey-surface);
      color: var(--journey-text);
      font: inherit;
      font-size: 0.85em;
      cursor: pointer;
    }
    .details-toggle:focus-visible {
      outline: 3px solid var(--journey-focus-ring);
      outline-offset: 2px;
    }
    .details-toggle[aria-expanded='true'] .details-toggle__icon {
      transform: rotate(180deg);
    }
    .header:not([data-open]) .header-details > :not(.goal) {
      display: none;
    }
    /* The goal's own text is cut at its end ("Find where mid-…"), in its own direction: cut as a
       whole line, a left-to-right goal on a right-to-left page lost its beginning ("…fix it. Goal:"). */
    .header:not([data-open]) .goal {
      display: flex;
      gap: 0.3em;
      white-space: nowrap;
    }
    .header:not([data-open]) .goal > * {
      flex: none;
    }
    .header:not([data-open]) .goal > bdi {
      flex: 0 1 auto;
      min-inline-size: 0;
      overflow: hidden;
      text-overflow: ellipsis;
    }
  }
`;

/** The look of the warnings note (the map's and the flow's). */
export const warningsStyles = css`
  .warnings {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--journey-space-2);
    margin-block-end: var(--journey-space-3);
    padding: var(--journey-space-2) var(--journey-space-3);
    border: 1px solid var(--journey-border);
    border-inline-start: 4px solid var(--journey-moment-of-truth);
    border-radius: var(--journey-chip-radius);
    background: var(--journey-surface-alt);
    font-size: 0.9em;
  }
  .warnings summary {
    cursor: pointer;
    font-weight: 600;
  }
`;

/** A small note listing recoverable problems; the map is drawn anyway. */
export function renderWarnings(
  warnings: readonly JourneyProblem[],
  t: Translator,
  onDismiss: () => void,
): TemplateResult {
  const count = formatSpokenNumber(warnings.length, t.intlLocale);
  return html`<div part="warnings" class="warnings" role="note">
    <details>
      <summary>${mapString(t, 'warnings.title', { count })}</summary>
      <ul class="problems">
        ${warnings.map(
          (warning) => html`<li data-code=${warning.code}>
            ${renderProblemWhere(warning, t)}
            <span class="problem__message">${warning.message}</span>
          </li>`,
        )}
      </ul>
    </details>
    <button type="button" class="warnings__dismiss" @click=${onDismiss}>${mapString(t, 'warnings.dismiss')}</button>
  </div>`;
}
