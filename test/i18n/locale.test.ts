import { expect } from '@open-wc/testing';
import { format, lookup, resolveLocaleTag, toLocale } from '../../src/i18n/locale.js';
import { translator } from '../../src/i18n/translator.js';

describe('i18n/locale', () => {
  it('maps BCP 47 tags to shipped locales', () => {
    expect(toLocale('ru-RU')).to.equal('ru');
    expect(toLocale('RO_md')).to.equal('ro');
    expect(toLocale('en-GB')).to.equal('en');
    expect(toLocale('de')).to.equal('en');
    expect(toLocale(undefined)).to.equal('en');
  });

  it('finds the nearest lang ancestor, across shadow roots', () => {
    const outer = document.createElement('div');
    outer.lang = 'ro';
    const host = document.createElement('div');
    outer.append(host);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    document.body.append(outer);
    expect(resolveLocaleTag(inner)).to.equal('ro');
    expect(resolveLocaleTag(inner, 'ru')).to.equal('ru');
    outer.remove();
  });

  it('formats placeholders and leaves unknown ones', () => {
    expect(format('{a} of {b} {c}', { a: 1, b: 'two' })).to.equal('1 of two {c}');
  });

  it('formats a template the same way every time it is used, whatever its placeholders sit next to', () => {
    // Templates are split once and kept: the second use must not see the first one's values.
    expect(format('{a}{b}', { a: 'x', b: 'y' })).to.equal('xy');
    expect(format('{a}{b}', { a: '1', b: 2 })).to.equal('12');
    expect(format('no placeholder')).to.equal('no placeholder');
    expect(format('{a} at the start, at the end {a}', { a: '«q»' })).to.equal('«q» at the start, at the end «q»');
    // A value is plain text: its own braces are not placeholders; inherited names are not values.
    expect(format('“{step}”', { step: '{a}' })).to.equal('“{a}”');
    expect(format('{toString} { a } {}', { a: 1 })).to.equal('{toString} { a } {}');
    expect(format('', { a: 1 })).to.equal('');
  });

  it('prefers host overrides, then the locale, then English', () => {
    const dict = { en: { hi: 'Hello', bye: 'Bye' }, ru: { hi: 'Привет', bye: '' }, ro: { hi: 'Salut', bye: 'Pa' } };
    expect(lookup(dict, translator('ru'), 'hi')).to.equal('Привет');
    expect(lookup(dict, translator('ro', { hi: 'Bună' }), 'hi')).to.equal('Bună');
    expect(lookup(dict as never, translator('ru'), 'missing' as never)).to.equal(undefined);
  });
});
