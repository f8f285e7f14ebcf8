import { expect } from '@open-wc/testing';
import { applyJourneyPatch } from '../../src/edit/json-patch.js';
import { columnMarks, commitColumnHeader, commitPersona, draftLines, personaDraft } from '../../src/edit/record-drafts.js';
import type { JourneyDocument } from '../../src/model/types.js';

function doc(): JourneyDocument {
  return {
    schemaVersion: 1,
    title: 'T',
    personas: [
      { id: 'ana', name: 'Ana', role: 'Manager', goals: ['Fast', 'Cheap'], image: 'https://example.com/a.png', team: 'ops' },
      { id: 'bo', name: 'Bo' },
    ],
    stages: [
      { id: 's1', title: 'One', steps: [{ id: 'a', title: 'A', evidence: 'data' }, { id: 'b', title: 'B', momentOfTruth: true }] },
      { id: 's2', title: 'Two', momentOfTruth: false },
    ],
  };
}

describe('edit/record-drafts', () => {
  it('drafts a persona: texts as they are, lists one item a line, missing fields empty', () => {
    expect(personaDraft(doc(), 'ana')).to.deep.equal({
      name: 'Ana',
      role: 'Manager',
      description: '',
      quote: '',
      goals: 'Fast\nCheap',
      needs: '',
      frustrations: '',
      expectations: '',
      beliefs: '',
    });
    expect(personaDraft(doc(), 'nobody')).to.equal(undefined);
    expect(draftLines(' One \n\n  Two\n')).to.deep.equal(['One', 'Two']);
  });

  it('commits a persona as one edit naming only what changed; unknown fields and the image carried through', () => {
    const before = doc();
    const snapshot = JSON.stringify(before);
    const draft = { ...personaDraft(before, 'ana')!, role: '', quote: 'I need it today', goals: 'Fast\n Cheap \n', needs: 'A receipt\nTracking' };
    const result = commitPersona(before, 'ana', draft);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.patch).to.deep.equal([
      { op: 'remove', path: '/personas/0/role' },
      { op: 'add', path: '/personas/0/quote', value: 'I need it today' },
      { op: 'add', path: '/personas/0/needs', value: ['A receipt', 'Tracking'] },
    ]);
    expect(result.journey.personas![0]).to.deep.equal({
      id: 'ana',
      name: 'Ana',
      goals: ['Fast', 'Cheap'],
      image: 'https://example.com/a.png',
      team: 'ops',
      quote: 'I need it today',
      needs: ['A receipt', 'Tracking'],
    });
    expect(result.journey.personas![1]).to.equal(before.personas![1]);
    expect(applyJourneyPatch(before, result.patch).doc).to.deep.equal(result.journey);
    expect(JSON.stringify(before)).to.equal(snapshot);
  });

  it('removes an emptied list, refuses an empty name, and an unchanged draft is no edit', () => {
    const before = doc();
    const cleared = commitPersona(before, 'ana', { ...personaDraft(before, 'ana')!, goals: ' \n ' });
    expect(cleared.ok && cleared.patch).to.deep.equal([{ op: 'remove', path: '/personas/0/goals' }]);
    const refused = commitPersona(before, 'bo', { ...personaDraft(before, 'bo')!, name: '  ' }, { locale: 'ru' });
    expect(refused.ok).to.equal(false);
    if (!refused.ok) {
      expect(refused.message).to.equal('У персоны должно быть имя.');
      expect(refused.problems[0].path).to.equal('/personas/1/name');
    }
    const same = commitPersona(before, 'bo', personaDraft(before, 'bo')!);
    expect(same).to.deep.equal({ ok: true, journey: before, patch: [] });
    expect(commitPersona(before, 'gone', personaDraft(before, 'bo')!).ok).to.equal(false);
  });

  it('reads and sets a column header: title, moment of truth and evidence in one edit', () => {
    const before = doc();
    expect(columnMarks(before, 'a')).to.deep.equal({ momentOfTruth: false, evidence: 'data' });
    expect(columnMarks(before, 'b')).to.deep.equal({ momentOfTruth: true, evidence: '' });
    expect(columnMarks(before, 's2')).to.deep.equal({ momentOfTruth: false, evidence: '' });
    expect(columnMarks(before, 's1'), 'a stage with steps is not a column').to.equal(undefined);

    const a = commitColumnHeader(before, 'a', 'A2', { momentOfTruth: true, evidence: 'research' });
    expect(a.ok && a.patch).to.deep.equal([
      { op: 'replace', path: '/stages/0/steps/0/title', value: 'A2' },
      { op: 'add', path: '/stages/0/steps/0/momentOfTruth', value: true },
      { op: 'replace', path: '/stages/0/steps/0/evidence', value: 'research' },
    ]);
    const b = commitColumnHeader(before, 'b', 'B', { momentOfTruth: false, evidence: 'assumption' });
    expect(b.ok && b.patch).to.deep.equal([
      { op: 'remove', path: '/stages/0/steps/1/momentOfTruth' },
      { op: 'add', path: '/stages/0/steps/1/evidence', value: 'assumption' },
    ]);
    // An explicit `false` stays when the box stays unchecked; a step-less stage is a column.
    const s2 = commitColumnHeader(before, 's2', 'Two', { momentOfTruth: true, evidence: '' });
    expect(s2.ok && s2.patch).to.deep.equal([{ op: 'replace', path: '/stages/1/momentOfTruth', value: true }]);
    expect(commitColumnHeader(before, 's2', 'Two', { momentOfTruth: false, evidence: '' })).to.deep.equal({ ok: true, journey: before, patch: [] });
    const removed = commitColumnHeader(before, 'a', 'A', { momentOfTruth: false, evidence: '' });
    expect(removed.ok && removed.patch).to.deep.equal([{ op: 'remove', path: '/stages/0/steps/0/evidence' }]);
    const empty = commitColumnHeader(before, 'a', ' ', { momentOfTruth: false, evidence: 'data' });
    expect(empty.ok).to.equal(false);
    if (!empty.ok) expect(empty.message).to.equal('A title cannot be empty.');
  });

  it('refuses an edit that adds an unsafe link (only a warning in a document), not one already there', async () => {
    const { setItemField } = await import('../../src/edit/edits.js');
    const before = doc();
    before.stages[0].steps![0].insights = [{ kind: 'quote', text: 'Q' }];
    const refused = setItemField(before, 'a', 'insights', 0, 'url', 'javascript:alert(1)');
    expect(refused.ok).to.equal(false);
    if (!refused.ok) expect(refused.problems.map((p) => [p.code, p.path])).to.deep.equal([['unsafe-url', '/stages/0/steps/0/insights/0/url']]);
    expect(setItemField(before, 'a', 'insights', 0, 'url', 'https://example.com/i3').ok).to.equal(true);
    // A new object (documents are never changed in place: validations are kept per object).
    const unsafe = doc();
    unsafe.stages[0].steps![0].insights = [{ kind: 'quote', text: 'Q', url: 'javascript:void 0' }];
    expect(setItemField(unsafe, 'a', 'insights', 0, 'source', 'Interview 3').ok, 'an unsafe link already there does not block other edits').to.equal(true);
  });

  it('refuses an evidence level the format does not know, with the validator\'s message', () => {
    const result = commitColumnHeader(doc(), 'a', 'A', { momentOfTruth: false, evidence: 'hunch' });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.problems[0].path).to.equal('/stages/0/steps/0/evidence');
  });
});
