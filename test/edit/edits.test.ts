import { expect } from '@open-wc/testing';
import { addItem, moveItem, removeItem, setColumnField, setItemField, setText } from '../../src/edit/edits.js';
import { EditHistory } from '../../src/edit/history.js';
import { applyJourneyPatch } from '../../src/edit/json-patch.js';
import { newId, slug } from '../../src/edit/locate.js';
import { addStage, addStep, moveStep, nudgeEmotion, removeStage, removeStep, setEmotion, snapEmotion } from '../../src/edit/structure.js';
import type { JourneyDocument } from '../../src/model/types.js';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

const source = (): JourneyDocument =>
  deepFreeze({
    schemaVersion: 1,
    title: 'Trial',
    goal: 'Start',
    custom: { kept: true },
    personas: [{ id: 'ops', name: 'Olga' }],
    stages: [
      {
        id: 'try',
        title: 'Try',
        steps: [
          { id: 'signup', title: 'Signs up', actions: ['Opens form', 'Types email'], emotion: 1, x: 'kept' },
          { id: 'setup', title: 'Sets up', painPoints: [{ text: 'Slow', severity: 3 }], emotion: { ops: -1 } },
        ],
      },
      { id: 'buy', title: 'Buy', steps: [{ id: 'pay', title: 'Pays' }] },
      { id: 'advocacy', title: 'Advocacy', actions: ['Tells a friend'] },
    ],
  } as JourneyDocument);

/**
 * Every successful edit: the patch applied to the input gives the output. Inputs are deep-frozen
 * (outputs are frozen before they become the next input), so any mutation of an input would throw.
 */
function ok(result: ReturnType<typeof setText>, input: JourneyDocument) {
  if (!result.ok) throw new Error(result.message);
  expect(applyJourneyPatch(input, result.patch).doc).to.deep.equal(result.journey);
  deepFreeze(result.journey);
  return result;
}

describe('edit/edits: texts and items', () => {
  it('sets the title, a step title and an item, carrying unknown fields through', () => {
    const doc = source();
    const result = ok(setText(doc, '/stages/0/steps/0/actions/1', 'Types a work email'), doc);
    expect(result.patch).to.deep.equal([{ op: 'replace', path: '/stages/0/steps/0/actions/1', value: 'Types a work email' }]);
    expect((result.journey.stages[0].steps![0] as Record<string, unknown>).x).to.equal('kept');
    expect(result.journey.custom).to.equal(doc.custom);
    expect(result.journey.stages[1]).to.equal(doc.stages[1]);
    expect(ok(setText(doc, '/title', 'Trial 2'), doc).patch).to.deep.equal([{ op: 'replace', path: '/title', value: 'Trial 2' }]);
  });

  it('refuses an empty title or item with a localized message', () => {
    const doc = source();
    const title = setText(doc, '/stages/1/title', '  ');
    expect(title.ok).to.equal(false);
    expect(!title.ok && title.message).to.equal('A title cannot be empty.');
    const ru = setText(doc, '/title', '', { locale: 'ru' });
    expect(!ru.ok && ru.message).to.equal('Название не может быть пустым.');
    const item = setText(doc, '/stages/0/steps/0/actions/0', '', { locale: 'ro' });
    expect(!item.ok && item.message).to.equal('Un element nu poate fi gol: eliminați-l.');
  });

  it('removes an emptied goal and adds a missing one', () => {
    const doc = source();
    expect(ok(setText(doc, '/goal', ''), doc).patch).to.deep.equal([{ op: 'remove', path: '/goal' }]);
    const noGoal = ok(setText(doc, '/goal', ''), doc).journey;
    expect(ok(setText(noGoal, '/goal', 'Again'), noGoal).journey.goal).to.equal('Again');
  });

  it('adds, removes and reorders list items', () => {
    const doc = source();
    expect(ok(addItem(doc, 'signup', 'actions', 'Confirms'), doc).patch).to.deep.equal([
      { op: 'add', path: '/stages/0/steps/0/actions/-', value: 'Confirms' },
    ]);
    expect(ok(addItem(doc, 'pay', 'thoughts', 'Pricey?'), doc).patch).to.deep.equal([{ op: 'add', path: '/stages/1/steps/0/thoughts', value: ['Pricey?'] }]);
    expect(ok(addItem(doc, 'advocacy', 'actions', 'Posts', 0), doc).journey.stages[2].actions).to.deep.equal(['Posts', 'Tells a friend']);
    expect(ok(removeItem(doc, 'signup', 'actions', 0), doc).patch).to.deep.equal([{ op: 'remove', path: '/stages/0/steps/0/actions/0' }]);
    expect(ok(removeItem(doc, 'advocacy', 'actions', 0), doc).patch).to.deep.equal([{ op: 'remove', path: '/stages/2/actions' }]);
    const moved = ok(moveItem(doc, 'signup', 'actions', 1, 0), doc);
    expect(moved.patch).to.deep.equal([{ op: 'move', from: '/stages/0/steps/0/actions/1', path: '/stages/0/steps/0/actions/0' }]);
    expect(moved.journey.stages[0].steps![0].actions).to.deep.equal(['Types email', 'Opens form']);
    expect(moveItem(doc, 'signup', 'actions', 1, 2).ok).to.equal(false);
    expect(addItem(doc, 'signup', 'actions', ' ').ok).to.equal(false);
  });

  it('sets typed item fields and column fields, refusing invalid values', () => {
    const doc = source();
    const severity = ok(setItemField(doc, 'setup', 'painPoints', 0, 'severity', 5), doc);
    expect(severity.patch).to.deep.equal([{ op: 'replace', path: '/stages/0/steps/1/painPoints/0/severity', value: 5 }]);
    expect(ok(setItemField(doc, 'setup', 'painPoints', 0, 'category', 'process'), doc).patch[0].op).to.equal('add');
    expect(ok(setItemField(doc, 'setup', 'painPoints', 0, 'severity', undefined), doc).patch).to.deep.equal([
      { op: 'remove', path: '/stages/0/steps/1/painPoints/0/severity' },
    ]);
    expect(ok(setColumnField(doc, 'pay', 'owner', 'Billing'), doc).patch).to.deep.equal([{ op: 'add', path: '/stages/1/steps/0/owner', value: 'Billing' }]);
    expect(setColumnField(doc, 'pay', 'evidence', 'rumour').ok).to.equal(false);
  });
});

describe('edit/structure', () => {
  it('adds a step after and before with unique, stable generated ids', () => {
    const doc = source();
    const after = ok(addStep(doc, 'signup', 'after', 'Signs up'), doc);
    expect(after.id).to.equal('signs-up');
    expect(after.patch).to.deep.equal([{ op: 'add', path: '/stages/0/steps/1', value: { id: 'signs-up', title: 'Signs up' } }]);
    const again = ok(addStep(after.journey, 'signup', 'before', 'Signs up'), after.journey);
    expect(again.id).to.equal('signs-up-2');
    expect(again.journey.stages[0].steps!.map((s) => s.id)).to.deep.equal(['signs-up-2', 'signup', 'signs-up', 'setup']);
    expect(addStep(doc, 'signup', 'after', 'Signs up').ok && addStep(doc, 'signup', 'after', 'Signs up')).to.deep.equal(after);
    expect(ok(addStep(doc, 'pay', 'after', undefined, { locale: 'ru' }), doc).journey.stages[1].steps![1]).to.deep.equal({ id: 'step', title: 'Новый шаг' });
  });

  it('slugs titles and falls back for non-latin ones', () => {
    expect(slug('Ça marche — vite!')).to.equal('ca-marche-vite');
    expect(slug('Оплата')).to.equal('');
    expect(newId(source(), 'Оплата', 'step')).to.equal('step');
    expect(newId(source(), 'Sign up!', 'step')).to.equal('sign-up');
    expect(newId(source(), 'signup', 'step')).to.equal('signup-2');
  });

  it('adds a stage and a column next to a stage without steps', () => {
    const doc = source();
    const stage = ok(addStage(doc, 'try', 'Compare'), doc);
    expect(stage.patch).to.deep.equal([{ op: 'add', path: '/stages/1', value: { id: 'compare', title: 'Compare' } }]);
    expect(ok(addStep(doc, 'advocacy', 'after', 'Refers'), doc).patch).to.deep.equal([{ op: 'add', path: '/stages/3', value: { id: 'refers', title: 'Refers' } }]);
  });

  it('removes steps and stages, refusing the last step of a stage and the last stage', () => {
    const doc = source();
    expect(ok(removeStep(doc, 'setup'), doc).patch).to.deep.equal([{ op: 'remove', path: '/stages/0/steps/1' }]);
    const last = removeStep(doc, 'pay');
    expect(!last.ok && last.message).to.equal('A stage needs at least one step: remove the stage instead.');
    expect(ok(removeStage(doc, 'buy'), doc).patch).to.deep.equal([{ op: 'remove', path: '/stages/1' }]);
    expect(ok(removeStep(doc, 'advocacy'), doc).patch).to.deep.equal([{ op: 'remove', path: '/stages/2' }]);
    const only = { schemaVersion: 1, title: 't', stages: [{ id: 'a', title: 'A' }] } as JourneyDocument;
    const refused = removeStage(only, 'a', { locale: 'ru' });
    expect(!refused.ok && refused.message).to.equal('В карте пути должен быть хотя бы один этап.');
  });

  it('refuses removing a step or stage another step leads to, naming those steps in the language', () => {
    const doc = {
      ...source(),
      stages: [
        { id: 's', title: 'S', steps: [{ id: 'a', title: 'Compares tariffs', next: ['b', { step: 'c', share: 0.2 }] }, { id: 'b', title: 'Checks address' }, { id: 'c', title: 'Calls', next: ['b'] }] },
        { id: 't', title: 'T', steps: [{ id: 'd', title: 'Signs', next: ['a'] }, { id: 'e', title: 'Pays' }] },
      ],
    } as JourneyDocument;
    const result = removeStep(doc, 'b');
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.message).to.equal('Cannot remove “Checks address”: it is the next step of “Compares tariffs” and “Calls”. Change that first.');
    expect(!result.ok && result.problems.map((problem) => [problem.code, problem.path])).to.deep.equal([['refused-edit', '/stages/0/steps/1']]);
    const ru = removeStep(doc, 'c', { locale: 'ru' });
    expect(!ru.ok && ru.message).to.equal('Нельзя удалить «Calls»: это следующий шаг для «Compares tariffs». Сначала измените это.');
    const ro = removeStage(doc, 's', { locale: 'ro' });
    expect(!ro.ok && ro.message).to.equal('Nu se poate elimina „S”: este pasul următor pentru „Signs”. Modificați mai întâi acest lucru.');
    // Links inside what is removed do not count; a step nobody leads to goes.
    expect(ok(removeStage(doc, 't'), doc).patch).to.deep.equal([{ op: 'remove', path: '/stages/1' }]);
    expect(ok(removeStep(doc, 'e'), doc).patch).to.deep.equal([{ op: 'remove', path: '/stages/1/steps/1' }]);
  });

  it('moves a step within and across stages', () => {
    const doc = source();
    const within = ok(moveStep(doc, 'signup', 1), doc);
    expect(within.patch).to.deep.equal([{ op: 'move', from: '/stages/0/steps/0', path: '/stages/0/steps/1' }]);
    const across = ok(moveStep(doc, 'setup', 1), doc);
    expect(across.patch).to.deep.equal([{ op: 'move', from: '/stages/0/steps/1', path: '/stages/1/steps/0' }]);
    expect(across.journey.stages[1].steps!.map((s) => s.id)).to.deep.equal(['setup', 'pay']);
    expect(moveStep(doc, 'signup', -1).ok).to.equal(false);
    expect(moveStep(doc, 'pay', 1).ok).to.equal(false);
    expect(moveStep(doc, 'pay', -1).ok).to.equal(false);
    expect(ok(moveStep(doc, 'advocacy', -1), doc).patch).to.deep.equal([{ op: 'move', from: '/stages/2', path: '/stages/1' }]);
  });

  it('snaps emotions to the step within the scale', () => {
    expect(snapEmotion(0.74, { min: -2, max: 2 })).to.equal(0.5);
    expect(snapEmotion(0.75, { min: -2, max: 2 })).to.equal(1);
    expect(snapEmotion(-0.2, { min: -2, max: 2 })).to.equal(0);
    expect(snapEmotion(7, { min: -2, max: 2 })).to.equal(2);
    expect(snapEmotion(1.3, { min: 0, max: 10 }, 1)).to.equal(1);
  });

  it('sets and nudges emotions: single values stay single, per-persona values per persona', () => {
    const doc = source();
    expect(ok(setEmotion(doc, 'signup', 'ops', 1.8), doc).patch).to.deep.equal([{ op: 'replace', path: '/stages/0/steps/0/emotion', value: 2 }]);
    expect(ok(nudgeEmotion(doc, 'setup', 'ops', -1), doc).patch).to.deep.equal([{ op: 'replace', path: '/stages/0/steps/1/emotion/ops', value: -1.5 }]);
    expect(ok(nudgeEmotion(doc, 'pay', 'ops', 1), doc).patch).to.deep.equal([{ op: 'add', path: '/stages/1/steps/0/emotion', value: { ops: 0.5 } }]);
    expect(ok(nudgeEmotion(doc, 'pay', undefined, -1), doc).patch).to.deep.equal([{ op: 'add', path: '/stages/1/steps/0/emotion', value: -0.5 }]);
    const top = ok(setEmotion(doc, 'signup', undefined, 2), doc).journey;
    expect(nudgeEmotion(top, 'signup', undefined, 1)).to.deep.include({ ok: true, patch: [] });
  });
});

describe('edit: no leaks into the original', () => {
  it('leaves the original document exactly as it was after every kind of edit', () => {
    const doc = source();
    const snapshot = JSON.stringify(doc);
    setText(doc, '/stages/0/steps/0/title', 'X');
    addItem(doc, 'signup', 'actions', 'Y');
    removeItem(doc, 'signup', 'actions', 0);
    moveItem(doc, 'signup', 'actions', 0, 1);
    setItemField(doc, 'setup', 'painPoints', 0, 'severity', 1);
    addStep(doc, 'signup', 'after');
    addStage(doc, 'try');
    removeStage(doc, 'buy');
    moveStep(doc, 'setup', 1);
    nudgeEmotion(doc, 'setup', 'ops', 1);
    expect(JSON.stringify(doc)).to.equal(snapshot);
  });
});

describe('edit/history', () => {
  it('undoes and redoes in order, and a new edit drops the redo branch', () => {
    const history = new EditHistory<string>();
    history.record({ before: 'a', after: 'b', label: '1' });
    history.record({ before: 'b', after: 'c', label: '2' });
    expect(history.undo()?.before).to.equal('b');
    expect(history.undo()?.before).to.equal('a');
    expect(history.undo()).to.equal(undefined);
    expect(history.redo()?.after).to.equal('b');
    history.record({ before: 'b', after: 'x', label: '3' });
    expect(history.canRedo).to.equal(false);
    expect(history.undo()?.label).to.equal('3');
  });

  it('keeps at least 100 edits, then drops the oldest', () => {
    const history = new EditHistory<number>(100);
    for (let i = 0; i < 150; i += 1) history.record({ before: i, after: i + 1, label: String(i) });
    expect(history.size).to.equal(100);
    let last;
    for (let entry = history.undo(); entry; entry = history.undo()) last = entry;
    expect(last?.before).to.equal(50);
    history.clear();
    expect(history.canUndo || history.canRedo).to.equal(false);
  });

  it('a sequence of edits undone with their reverse patches gives back the original document', () => {
    const doc = source();
    const history = new EditHistory<JourneyDocument>();
    let current = doc;
    for (const edit of [
      (d: JourneyDocument) => setText(d, '/title', 'New'),
      (d: JourneyDocument) => addStep(d, 'signup', 'after', 'Verifies'),
      (d: JourneyDocument) => moveStep(d, 'verifies', 1),
      (d: JourneyDocument) => removeStage(d, 'buy'),
    ]) {
      const result = edit(current);
      if (!result.ok) throw new Error(result.message);
      history.record({ before: current, after: result.journey, label: '' });
      current = result.journey;
    }
    while (history.canUndo) current = history.undo()!.before;
    expect(current).to.equal(doc);
    while (history.canRedo) current = history.redo()!.after;
    expect(current.title).to.equal('New');
    expect(current.stages.map((s) => s.id)).to.deep.equal(['try', 'advocacy']);
    expect(current.stages[0].steps!.map((s) => s.id)).to.deep.equal(['signup', 'setup', 'verifies']);
  });
});
