import { expect } from '@open-wc/testing';
import { validateOnce } from '../../src/model/validated.js';
import { validateJourney } from '../../src/model/validate.js';

describe('model/validated: validateOnce', () => {
  it('answers what validateJourney answers, once per document object and locale', () => {
    const doc = { schemaVersion: 1, title: 'T', stages: 'none' };
    const en = validateOnce(doc, 'en');
    expect(en).to.deep.equal(validateJourney(doc, { locale: 'en' }));
    expect(en.ok).to.equal(false);
    expect(validateOnce(doc, 'en')).to.equal(en);
    const ru = validateOnce(doc, 'ru');
    expect(ru).not.to.equal(en);
    expect(ru).to.deep.equal(validateJourney(doc, { locale: 'ru' }));
    // An equal but different object is validated on its own.
    expect(validateOnce({ ...doc }, 'en')).not.to.equal(en);
  });

  it('validates values that are not objects every time', () => {
    expect(validateOnce(null, 'en')).to.deep.equal(validateJourney(null, { locale: 'en' }));
    expect(validateOnce('text', 'ro').ok).to.equal(false);
  });
});
