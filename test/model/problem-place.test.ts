import { expect } from '@open-wc/testing';
import { parseLanesAttribute } from '../../src/model/lanes-attribute.js';
import { problemPlace } from '../../src/model/problem-place.js';
import { validateJourney } from '../../src/model/validate.js';
import type { JourneyDocument } from '../../src/model/types.js';

const doc = {
  schemaVersion: 1,
  title: 'Phones',
  personas: [{ id: 'cfo', name: 'Finance director' }],
  stages: [
    { id: 'find', title: 'Find', actions: ['Searches'] },
    {
      id: 'book',
      title: 'Book',
      steps: [
        {
          id: 'call',
          title: 'Calls the booking line',
          emotion: 'bad',
          painPoints: [{ text: 'Waits on hold for twenty minutes before anyone answers the phone', severity: 9 }],
        },
      ],
    },
  ],
  lanes: [{ kind: 'actions' }, { kind: 'timline' }],
};

describe('model/problem-place', () => {
  it('names the stage, step and item a path passes, in en, ru and ro', () => {
    expect(problemPlace(doc, '/stages/1/steps/0', 'en')).to.equal('stage “Book”, step “Calls the booking line”');
    expect(problemPlace(doc, '/stages/1/steps/0/emotion', 'ru')).to.equal('этап «Book», шаг «Calls the booking line»');
    expect(problemPlace(doc, '/stages/1/steps/0/emotion', 'ro')).to.equal('etapa „Book”, pasul „Calls the booking line”');
    // A long text is cut to 40 characters, with an ellipsis.
    expect(problemPlace(doc, '/stages/1/steps/0/painPoints/0/severity', 'en')).to.equal(
      'stage “Book”, step “Calls the booking line”, pain point “Waits on hold for twenty minutes before…”',
    );
    expect(problemPlace(doc, '/personas/0/name', 'en')).to.equal('persona “Finance director”');
    expect(problemPlace(doc, '/lanes/1/kind', 'en')).to.equal('lane “timline”');
  });

  it('names nothing for the root, a document field, a missing item or a non-document', () => {
    expect(problemPlace(doc, '', 'en')).to.equal(undefined);
    expect(problemPlace(doc, '/title', 'en')).to.equal(undefined);
    expect(problemPlace(doc, '/stages/7/steps/0', 'en')).to.equal(undefined);
    expect(problemPlace(doc, '/constructor/0', 'en')).to.equal(undefined);
    expect(problemPlace('text', '/stages/0', 'en')).to.equal(undefined);
    expect(problemPlace({ stages: [{ id: 'x' }] }, '/stages/0/title', 'en')).to.equal('stage “x”');
  });

  it('gives every problem of a validated document its place', () => {
    const result = validateJourney(doc, { locale: 'en' });
    const emotion = result.errors.find((problem) => problem.path === '/stages/1/steps/0/emotion')!;
    expect(emotion.place).to.equal('stage “Book”, step “Calls the booking line”');
    const severity = [...result.errors, ...result.warnings].find((problem) => problem.path.endsWith('/severity'))!;
    expect(severity.place).to.match(/^stage “Book”, step “Calls the booking line”, pain point “Waits on hold/);
  });

  it('makes an unknown lane kind a warning: the lane is left out and the rest is drawn', () => {
    const fixed = { ...doc, stages: [doc.stages[0]] } as JourneyDocument;
    const result = validateJourney(fixed, { locale: 'en' });
    expect(result.errors).to.deep.equal([]);
    expect(result.warnings).to.deep.equal([
      {
        path: '/lanes/1/kind',
        code: 'unknown-lane-kind',
        severity: 'warning',
        place: 'lane “timline”',
        message: result.warnings[0].message,
      },
    ]);
    expect(result.warnings[0].message).to.match(/^“timline” is not a lane kind; use one of emotion, actions, /);
    expect(result.journey!.lanes).to.deep.equal([{ kind: 'actions' }]);
  });
});

describe('model/lanes-attribute', () => {
  it('reads kinds and text fields, skipping repeats and empty entries', () => {
    expect(parseLanesAttribute('actions, painPoints, text:channel notes, actions,,text:', 'en')).to.deep.equal({
      lanes: [
        { kind: 'actions', key: 'actions' },
        { kind: 'painPoints', key: 'painPoints' },
        { kind: 'text', key: 'text:channel notes', field: 'channel notes' },
      ],
      warnings: [],
    });
    expect(parseLanesAttribute(undefined)).to.deep.equal({ warnings: [] });
  });

  it('warns about an unknown kind with the document’s warning, in the map’s language, and keeps the rest', () => {
    const { lanes, warnings } = parseLanesAttribute('actions, timline', 'ru');
    expect(lanes).to.deep.equal([{ kind: 'actions', key: 'actions' }]);
    const fromDocument = validateJourney({ schemaVersion: 1, title: 't', stages: [{ id: 's', title: 'S' }], lanes: [{ kind: 'timline' }] }, { locale: 'ru' });
    expect(warnings.map(({ code, message, severity }) => ({ code, message, severity }))).to.deep.equal(
      fromDocument.warnings.map(({ code, message, severity }) => ({ code, message, severity })),
    );
    expect(warnings[0].message).to.match(/^«timline» — неизвестный тип слоя/);
    expect(warnings[0].place).to.equal('атрибут lanes');
    expect(parseLanesAttribute('timline', 'ro').lanes).to.equal(undefined);
  });
});
