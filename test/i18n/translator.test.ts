import { expect } from '@open-wc/testing';
import { laneTitle } from '../../src/i18n/lane-strings.js';
import { mapString } from '../../src/i18n/map-strings.js';
import { countedString } from '../../src/i18n/insight-strings.js';
import { ENGLISH, translator } from '../../src/i18n/translator.js';

describe('Translator', () => {
  it('carries the locale, the Intl tag (the locale by default) and the overrides as one value', () => {
    expect(translator('ro')).to.deep.equal({ locale: 'ro', intlLocale: 'ro' });
    const strings = { 'map.goal': 'Țintă' };
    expect(translator('ro', strings, 'ro-MD')).to.deep.equal({ locale: 'ro', intlLocale: 'ro-MD', strings });
    expect(ENGLISH).to.deep.equal({ locale: 'en', intlLocale: 'en' });
  });

  it('returns the previous translator when nothing changed, and a new one when any of the three did', () => {
    const strings = { 'map.goal': 'Aim' };
    const first = translator('en', strings, 'en-GB');
    expect(translator('en', strings, 'en-GB', first)).to.equal(first);
    expect(translator('ru', strings, 'en-GB', first)).not.to.equal(first);
    expect(translator('en', strings, 'en-US', first)).not.to.equal(first);
    expect(translator('en', { ...strings }, 'en-GB', first)).not.to.equal(first);
    expect(translator('en', undefined, 'en-GB', first)).not.to.equal(first);
  });

  it('gives string functions the locale and the overrides together', () => {
    expect(mapString(translator('ru'), 'map.goal')).to.equal('Цель');
    expect(mapString(translator('ru', { 'map.goal': 'Задача' }), 'map.goal')).to.equal('Задача');
    // An override of another key leaves this one in the locale; a missing key falls back to English.
    expect(mapString(translator('ro', { 'map.details': 'x' }), 'map.goal')).to.equal('Obiectiv');
    expect(laneTitle({ kind: 'actions', key: 'actions' }, translator('ru', { 'lane.actions': 'Шаги' }))).to.equal('Шаги');
  });

  it('counts in the locale’s plural forms', () => {
    expect(countedString(translator('ru'), 'evidence.sources', 5, '5')).to.equal('5 источников');
    expect(countedString(translator('ru'), 'evidence.sources', 2, '2')).to.equal('2 источника');
    expect(countedString(translator('ro'), 'evidence.sources', 21, '21')).to.equal('21 de surse');
  });
});
