/** The customer stories' documents: only the story about a customer off the map shows warnings. */
import { expect } from '@open-wc/testing';
import { customersDocument, offMapDocument } from '../../stories/customer-stories.js';
import { validateJourney } from '../../src/model/validate.js';

describe('customer stories', () => {
  it('show a map without a warnings banner, except the one about a customer off the map', () => {
    expect(validateJourney(customersDocument).warnings).to.deep.equal([]);
    expect(validateJourney(offMapDocument).warnings.map((warning) => warning.code)).to.deep.equal(['unknown-step', 'unknown-step']);
  });
});
