import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLocaleTag, toLocale, type Locale, type StringOverrides } from '../i18n/locale.js';
import { translator, type Translator } from '../i18n/translator.js';

/**
 * Resolves an element's language: its own `locale` attribute, else the nearest `lang` ancestor
 * (across shadow roots), else the browser's. Hosts call `resolve()` at the start of `willUpdate` (which
 * Lit runs before controllers' `hostUpdate`), so a `locale` or `lang` change shows on the next render.
 */
export class LocaleController implements ReactiveController {
  /** The shipped locale used for UI strings. */
  locale: Locale = 'en';
  /** The full tag used for Intl formatting (keeps the region, e.g. "ro-MD"). */
  intlLocale = 'en';

  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly explicit: () => string | null | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, explicit: () => string | null | undefined) {
    this.host = host;
    this.explicit = explicit;
    host.addController(this);
  }

  hostConnected(): void {
    this.resolve();
  }

  private current?: Translator;

  /**
   * The element's language with the host's string overrides, as one value: the same object until the
   * locale, the Intl tag or the overrides change (so a context or memo keyed on it changes only then).
   */
  translator(strings: StringOverrides | undefined): Translator {
    return (this.current = translator(this.locale, strings, this.intlLocale, this.current));
  }

  resolve(): void {
    const tag = resolveLocaleTag(this.host, this.explicit());
    this.intlLocale = tag;
    this.locale = toLocale(tag);
  }
}
