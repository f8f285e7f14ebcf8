/**
 * An app that imports only `validateJourney` carries English; Russian and Romanian come with
 * `journey-elements/locales/ru.js` and `ro.js` (docs/i18n.md). This file imports nothing else of the
 * library, as such an app would, so no element or importer has loaded a language before it asks.
 */
import { expect } from '@open-wc/testing';
import { validateJourney } from '../../src/model/validate.js';

const doc = { schemaVersion: 1, title: 'Phones', stages: [{ id: 'a', title: 'Find' }, { id: 'a', title: 'Buy' }] };
const message = (locale: string) => validateJourney(doc, { locale }).errors[0].message;

describe('model/validateJourney without the elements', () => {
  let warnings: unknown[][];
  const warn = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(() => {
    console.warn = warn;
  });

  it('answers in English, and says once on the console which import gives the language asked for', () => {
    const english = 'The id “a” is used more than once; every id must be unique.';
    expect(message('en')).to.equal(english);
    expect(warnings).to.deep.equal([]);
    expect(message('ru-RU')).to.equal(english);
    expect(message('ru')).to.equal(english);
    expect(warnings.length).to.equal(1);
    expect(String(warnings[0][0])).to.contain("import 'journey-elements/locales/ru.js'");
    expect(validateJourney(doc, { locale: 'ru' }).errors[0].place).to.equal('stage “Buy”');
  });

  it('speaks Russian, type and item names included, once locales/ru.js is imported; Romanian still needs its own', async () => {
    await import('../../src/locales/ru.js');
    expect(message('ru')).to.equal('Идентификатор «a» встречается несколько раз, а он должен быть уникальным.');
    expect(validateJourney(doc, { locale: 'ru' }).errors[0].place).to.equal('этап «Buy»');
    expect(validateJourney({ ...doc, stages: [], title: 7 }, { locale: 'ru' }).errors[0].message).to.equal(
      'Поле «title» должно быть текстом, а здесь число.',
    );
    expect(warnings).to.deep.equal([]);
    expect(message('ro')).to.equal('The id “a” is used more than once; every id must be unique.');
    expect(String(warnings[0]?.[0])).to.contain("import 'journey-elements/locales/ro.js'");
    await import('../../src/locales/ro.js');
    expect(message('ro')).to.equal('Identificatorul „a” este folosit de mai multe ori; fiecare identificator trebuie să fie unic.');
  });
});
