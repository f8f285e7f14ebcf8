/**
 * The shipped dictionaries: Russian and Romanian say everything English says, keep every placeholder
 * the elements fill in, and are translations rather than copies of the English text.
 */
import { expect } from '@open-wc/testing';
import { CURVE_STRINGS } from '../../src/i18n/curve-strings.js';
import { customerStrings } from '../../src/i18n/customer-strings.js';
import { editStrings } from '../../src/i18n/edit-strings.js';
import { insightStrings } from '../../src/i18n/insight-strings.js';
import { laneStrings } from '../../src/i18n/lane-strings.js';
import { LOCALES, type Locale } from '../../src/i18n/locale.js';
import { mapStrings } from '../../src/i18n/map-strings.js';
import { importMessage, PROBLEM_CODES } from '../../src/i18n/import-messages.js';
import { enProblems } from '../../src/i18n/messages.js';
import { personaStrings } from '../../src/i18n/persona-strings.js';
import { roProblems } from '../../src/locales/ro.js';
import { ruProblems } from '../../src/locales/ru.js';
import { timeStrings } from '../../src/i18n/time-strings.js';

const placeholders = (text: string) => [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();

/** Strings that are the same word in a language (a proper term, a symbol) and so may equal English. */
const SAME_AS_ENGLISH: Record<Exclude<Locale, 'en'>, readonly string[]> = {
  ru: ['insight.n'],
  ro: ['export.text', 'label.impact', 'csv.impact', 'csv.persona', 'insight.n', 'matrix.impact', 'filter.persona', 'editor.persona'],
};

const dictionaries: Record<string, Record<Locale, Record<string, string>>> = {
  map: mapStrings,
  place: { en: enProblems.places, ru: ruProblems.places, ro: roProblems.places },
  lane: laneStrings,
  curve: CURVE_STRINGS,
  persona: personaStrings,
  edit: editStrings,
  time: timeStrings,
  insight: insightStrings,
};

describe('i18n/dictionaries', () => {
  for (const [name, dictionary] of Object.entries(dictionaries)) {
    for (const locale of ['ru', 'ro'] as const) {
      it(`${name}: ${locale} has every English key, non-empty, with the same placeholders`, () => {
        expect(Object.keys(dictionary[locale]).sort()).to.deep.equal(Object.keys(dictionary.en).sort());
        for (const [key, english] of Object.entries(dictionary.en)) {
          const translated = dictionary[locale][key];
          expect(translated.trim(), `${locale} ${key}`).not.to.equal('');
          expect(placeholders(translated), `${locale} ${key}`).to.deep.equal(placeholders(english));
        }
      });

      it(`${name}: ${locale} is translated, not copied from English`, () => {
        const copied = Object.keys(dictionary.en).filter(
          (key) =>
            dictionary[locale][key] === dictionary.en[key] &&
            placeholders(dictionary.en[key]).join('') !== dictionary.en[key].replace(/[^{}\w]/g, '') &&
            !SAME_AS_ENGLISH[locale].includes(key) &&
            /[a-z]{3}/i.test(dictionary.en[key].replace(/\{\w+\}/g, '')),
        );
        expect(copied, `${locale} strings equal to English`).to.deep.equal([]);
      });
    }
  }

  it('validation messages exist in every locale with the same placeholders', () => {
    for (const code of PROBLEM_CODES) {
      const english = importMessage(code, 'en');
      for (const locale of LOCALES) {
        const message = importMessage(code, locale);
        expect(message.trim(), `${locale} ${code}`).not.to.equal('');
        expect(placeholders(message), `${locale} ${code}`).to.deep.equal(placeholders(english));
        if (locale !== 'en') expect(message, `${locale} ${code} is translated`).not.to.equal(english);
      }
    }
  });

  it('Russian texts are in Cyrillic (apart from acronyms such as HTTP)', () => {
    for (const dictionary of Object.values(dictionaries)) {
      for (const [key, text] of Object.entries(dictionary.ru)) {
        const words = text.replace(/\{\w+\}/g, '').match(/\p{L}{3,}/gu) ?? [];
        const latin = words.filter((word) => /^[a-z]+$/i.test(word) && word !== word.toUpperCase());
        expect(latin, `ru ${key}: ${text}`).to.deep.equal([]);
      }
    }
  });

  it('a customer who finished has one name in every view (table, filter, map header), in each language', () => {
    for (const locale of LOCALES) {
      const words = customerStrings[locale];
      const names = new Set([words['customers.finished'], words['customers.status.finished'], words['customers.filter.finished']]);
      expect([...names], locale).to.have.length(1);
    }
  });
});
