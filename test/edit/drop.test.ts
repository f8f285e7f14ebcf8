import { expect } from '@open-wc/testing';
import { moveStepTo } from '../../src/edit/drop.js';
import { applyJourneyPatch } from '../../src/edit/json-patch.js';
import type { JourneyDocument } from '../../src/model/types.js';

const source = (): JourneyDocument =>
  Object.freeze({
    schemaVersion: 1,
    title: 'Trial',
    stages: [
      { id: 'try', title: 'Try', steps: [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }, { id: 'c', title: 'C' }] },
      { id: 'buy', title: 'Buy', steps: [{ id: 'pay', title: 'Pays' }] },
      { id: 'advocacy', title: 'Advocacy' },
    ],
  } as JourneyDocument);

const order = (doc: JourneyDocument) => doc.stages.map((stage) => `${stage.id}:${(stage.steps ?? []).map((step) => step.id).join(',')}`);

describe('edit/drop: moveStepTo', () => {
  it('moves a step later in its stage: JSON Patch indexes count after the removal', () => {
    const doc = source();
    const result = moveStepTo(doc, 'a', 'c', 'before');
    if (!result.ok) throw new Error(result.message);
    expect(result.patch).to.deep.equal([{ op: 'move', from: '/stages/0/steps/0', path: '/stages/0/steps/1' }]);
    expect(order(result.journey)).to.deep.equal(['try:b,a,c', 'buy:pay', 'advocacy:']);
    expect(applyJourneyPatch(doc, result.patch).doc).to.deep.equal(result.journey);
    const toEnd = moveStepTo(doc, 'a', 'c', 'after');
    if (!toEnd.ok) throw new Error(toEnd.message);
    expect(toEnd.patch).to.deep.equal([{ op: 'move', from: '/stages/0/steps/0', path: '/stages/0/steps/2' }]);
    expect(order(toEnd.journey)[0]).to.equal('try:b,c,a');
  });

  it('moves a step earlier in its stage', () => {
    const result = moveStepTo(source(), 'c', 'a', 'before');
    if (!result.ok) throw new Error(result.message);
    expect(result.patch).to.deep.equal([{ op: 'move', from: '/stages/0/steps/2', path: '/stages/0/steps/0' }]);
    expect(order(result.journey)[0]).to.equal('try:c,a,b');
  });

  it('moves a step into another stage, before or after its step', () => {
    const before = moveStepTo(source(), 'b', 'pay', 'before');
    if (!before.ok) throw new Error(before.message);
    expect(before.patch).to.deep.equal([{ op: 'move', from: '/stages/0/steps/1', path: '/stages/1/steps/0' }]);
    expect(order(before.journey)).to.deep.equal(['try:a,c', 'buy:b,pay', 'advocacy:']);
    const after = moveStepTo(source(), 'b', 'pay', 'after');
    if (!after.ok) throw new Error(after.message);
    expect(after.patch).to.deep.equal([{ op: 'move', from: '/stages/0/steps/1', path: '/stages/1/steps/1' }]);
  });

  it('changes nothing for a drop next to itself', () => {
    for (const [target, where] of [['a', 'after'], ['b', 'before'], ['b', 'after'], ['c', 'before']] as const) {
      const result = moveStepTo(source(), 'b', target, where);
      expect(result.ok && result.patch, `${where} ${target}`).to.deep.equal([]);
    }
  });

  it('refuses emptying a stage, a stage without steps, and unknown ids, in the asked language', () => {
    const last = moveStepTo(source(), 'pay', 'a', 'before', { locale: 'ru' });
    expect(last.ok).to.equal(false);
    if (!last.ok) expect(last.message).to.equal('В этапе должен остаться хотя бы один шаг: удалите весь этап.');
    const stepless = moveStepTo(source(), 'a', 'advocacy', 'before');
    expect(stepless.ok === false && stepless.message).to.equal('The step cannot move further this way.');
    const gone = moveStepTo(source(), 'zzz', 'a', 'before', { locale: 'ro' });
    expect(gone.ok === false && gone.message).to.equal('Această parte nu mai există în document.');
  });
});
