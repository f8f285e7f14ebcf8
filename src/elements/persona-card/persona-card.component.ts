import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formatNumber } from '../../i18n/number-format.js';
import { resolveLocaleTag, toLocale, type StringOverrides } from '../../i18n/locale.js';
import { translator, type Translator } from '../../i18n/translator.js';
import { personaString, type PersonaStringKey } from '../../i18n/persona-strings.js';
import type { Persona } from '../../model/types.js';
import { safeUrl } from '../../model/url.js';
import { heading, headingLevel, type HeadingLevel } from '../shared/heading.js';
import { personaCardStyles } from './persona-card.styles.js';
import { themeStyles } from '../shared/tokens.js';
import { dataText } from '../shared/bidi.js';
import { dataLang } from '../shared/data-lang.js';

const listSections: ReadonlyArray<[keyof Persona & string, PersonaStringKey]> = [
  ['goals', 'persona.goals'],
  ['needs', 'persona.needs'],
  ['frustrations', 'persona.frustrations'],
  ['expectations', 'persona.expectations'],
  ['beliefs', 'persona.beliefs'],
];

const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** Up to two initials from the first and last word of a name ("Ana-Maria Popescu" → "AP"). */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = Array.from(words[0] ?? '')[0] ?? '';
  const last = words.length > 1 ? (Array.from(words[words.length - 1])[0] ?? '') : '';
  return (first + last).toLocaleUpperCase();
}

/**
 * A persona from a journey document: the customer the map is about.
 *
 * @tagname persona-card
 * @summary A persona card: picture (or initials), name, role, quote, goals, needs, frustrations,
 * expectations, beliefs and attributes. `compact` shows only the picture, name and role.
 *
 * @csspart card - The card (an `<article>` named by the persona's name).
 * @csspart avatar - The picture, or the initials shown when there is no safe picture.
 * @csspart name - The persona's name, a heading of level `heading-level`.
 * @csspart role - The persona's role.
 * @csspart quote - The persona's verbatim quote (a `<blockquote>`).
 * @csspart section - Each section: goals, needs, frustrations, expectations, beliefs, attributes.
 * @csspart section-heading - The heading of a section, one level below the name.
 *
 * @cssprop [--journey-text=light-dark(#1f2937, #f3f4f6)] - Text colour.
 * @cssprop [--journey-muted=light-dark(#4b5563, #9ca3af)] - Secondary text: role, section headings, attribute names.
 * @cssprop [--journey-surface=light-dark(#ffffff, #111827)] - Card background.
 * @cssprop [--journey-border=light-dark(#d1d5db, #374151)] - Card border.
 * @cssprop [--journey-accent=light-dark(#1d4ed8, #93c5fd)] - Initials background and quote rule.
 * @cssprop [--journey-avatar-color=var(--journey-accent)] - Background of the initials; `<journey-map>` sets it to the persona's line colour (`--journey-series-N`).
 * @cssprop [--journey-on-accent=light-dark(#ffffff, #111827)] - Initials text colour.
 * @cssprop [--journey-radius=8px] - Card corner radius.
 * @cssprop [--journey-space-1=0.25rem] - Small gap.
 * @cssprop [--journey-space-2=0.5rem] - Medium gap and compact padding.
 * @cssprop [--journey-space-3=0.75rem] - Large gap and card padding.
 * @cssprop [--journey-avatar-size=3.5rem] - Size of the picture in the full card.
 */
export class PersonaCard extends LitElement {
  // Inside a map the card inherits the map's tokens and colour scheme, so a page re-colouring the map
  // re-colours its persona cards too; alone it declares its own.
  static override styles = [themeStyles(':not([in-map])'), personaCardStyles];

  /** The persona to show; without one the card renders nothing. */
  @property({ attribute: false }) persona?: Persona;

  /** Shows only the picture, name and role. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Set by `<journey-map>` on the cards it draws: the card then takes the map's theme tokens. */
  @property({ type: Boolean, reflect: true, attribute: 'in-map' }) inMap = false;

  /** BCP 47 tag of the UI language; defaults to the nearest `lang` ancestor, then the browser's. */
  @property() locale?: string;

  /**
   * BCP 47 tag of the persona's own texts (name, role, quote, lists, attributes), e.g. the journey
   * document's `locale`: each is marked with that `lang` and its direction, so screen readers switch
   * voice and a Russian role on a right-to-left page keeps its order. Unset: the page's language.
   */
  @property({ attribute: 'text-lang' }) textLang?: string;

  /** Level (1–6) of the name heading, so the card fits the host page's outline; sections use the next level. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** Host replacements for section headings, by key (`persona.goals`, …). */
  @property({ attribute: false }) strings?: StringOverrides;

  /** `light` or `dark` forces the theme; `auto` follows the system's colour scheme; unset follows the host page's `color-scheme` (light when the page declares none). */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /** The picture URL that failed to load, so the card falls back to initials instead of a broken image. */
  @state() private failedImage?: string;

  override render() {
    // The persona comes straight from the host: a getter or proxy that throws must not reach the page.
    try {
      return this.renderCard();
    } catch {
      return nothing;
    }
  }

  private renderCard() {
    const persona = this.persona;
    if (!persona || typeof persona !== 'object') return nothing;
    const name = nonEmpty(persona.name) ? persona.name : nonEmpty(persona.id) ? persona.id : undefined;
    if (!name) return nothing;
    const intlLocale = resolveLocaleTag(this, this.locale);
    const t = translator(toLocale(intlLocale), this.strings, intlLocale);
    const level = headingLevel(this.headingLevel);
    return html`<article part="card" class="card" aria-labelledby="name">
      <div class="header">
        ${this.renderAvatar(persona, name)}
        <div>
          ${heading(level, this.text(name), 'name', 'name')}
          ${nonEmpty(persona.role) ? html`<p part="role" class="role">${this.text(persona.role)}</p>` : nothing}
        </div>
      </div>
      ${this.compact ? nothing : this.renderDetails(persona, t, level)}
    </article>`;
  }

  /** A text of the persona's, in its language (`text-lang`) as an isolated run. */
  private text(value: string): TemplateResult {
    return dataText(value, dataLang({ locale: this.textLang }));
  }

  private renderAvatar(persona: Persona, name: string): TemplateResult {
    const src = safeUrl(persona.image, 'image');
    if (src && src !== this.failedImage) {
      // The name is right next to the picture, so the picture itself is decorative.
      return html`<img
        part="avatar"
        class="avatar"
        src=${src}
        alt=""
        referrerpolicy="no-referrer"
        @error=${() => (this.failedImage = src)}
      />`;
    }
    return html`<span part="avatar" class="avatar avatar--initials" aria-hidden="true">${initials(name)}</span>`;
  }

  private renderDetails(persona: Persona, t: Translator, level: HeadingLevel) {
    const sectionLevel = Math.min(level + 1, 6) as HeadingLevel;
    const sections = [
      ...listSections.map(([field, key]) => this.renderList(persona[field], key, t, sectionLevel)),
      this.renderAttributes(persona.attributes, t, sectionLevel),
    ].filter((section) => section !== nothing);
    return html`${nonEmpty(persona.description)
      ? html`<p class="description">${this.text(persona.description)}</p>`
      : nothing}
    ${nonEmpty(persona.quote)
      ? html`<blockquote part="quote" class="quote"><p>${this.text(persona.quote)}</p></blockquote>`
      : nothing}
    ${sections.length ? html`<div class="sections">${sections}</div>` : nothing}`;
  }

  private renderSection(key: PersonaStringKey, t: Translator, level: HeadingLevel, body: TemplateResult) {
    const id = `section-${key.slice('persona.'.length)}`;
    return html`<section part="section" class="section" aria-labelledby=${id}>
      ${heading(level, personaString(t, key), 'section-heading', id)} ${body}
    </section>`;
  }

  private renderList(value: unknown, key: PersonaStringKey, t: Translator, level: HeadingLevel) {
    const items = Array.isArray(value) ? value.filter(nonEmpty) : [];
    if (!items.length) return nothing;
    return this.renderSection(key, t, level, html`<ul>${items.map((item) => html`<li>${this.text(item)}</li>`)}</ul>`);
  }

  private renderAttributes(value: unknown, t: Translator, level: HeadingLevel) {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return nothing;
    const entries = Object.entries(value as Record<string, unknown>).flatMap(([term, detail]): Array<[string, string]> => {
      if (!term.trim()) return [];
      if (typeof detail === 'number' && Number.isFinite(detail)) return [[term, formatNumber(detail, t.intlLocale)]];
      return nonEmpty(detail) ? [[term, detail]] : [];
    });
    if (!entries.length) return nothing;
    return this.renderSection(
      'persona.attributes',
      t,
      level,
      html`<dl class="attributes">
        ${entries.map(([term, detail]) => html`<div class="attribute"><dt>${this.text(term)}</dt><dd>${this.text(detail)}</dd></div>`)}
      </dl>`,
    );
  }
}
