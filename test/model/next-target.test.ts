import { expect } from '@open-wc/testing';
import { removeStep } from '../../src/edit/index.js';
import { nextTarget } from '../../src/model/next-target.js';
import { validateJourney } from '../../src/model/validate.js';
import type { JourneyDocument } from '../../src/model/types.js';

describe('nextTarget: the one rule for where a `next` item leads', () => {
  it('reads a step id, an item object, and nothing from anything else', () => {
    expect(nextTarget('setup')).to.equal('setup');
    expect(nextTarget({ step: 'pricing', share: 0.25 })).to.equal('pricing');
    for (const item of [null, undefined, 3, [], { step: 7 }, { share: 0.5 }]) expect(nextTarget(item), JSON.stringify(item)).to.equal(undefined);
  });

  it('is the rule of both the flow checks and the editor’s refusal, on unchecked items too', () => {
    const doc = {
      schemaVersion: 1,
      title: 'T',
      stages: [{ id: 's', title: 'S', steps: [{ id: 'a', title: 'A', next: [null, { step: 'b' }, { step: 7 }] }, { id: 'b', title: 'B' }] }],
    } as unknown as JourneyDocument;
    // The editor refuses to remove "b": an object item leads there; the bad items are skipped, not thrown on.
    const removed = removeStep(doc, 'b');
    expect(!removed.ok && removed.message).to.equal('Cannot remove “B”: it is the next step of “A”. Change that first.');
    // The validator reads the same item as a link to "b" (no unknown-step warning for it).
    const codes = validateJourney(doc).warnings.map((problem) => `${problem.code} ${problem.path}`);
    expect(codes.filter((code) => code.startsWith('unknown-step'))).to.deep.equal([]);
  });
});
