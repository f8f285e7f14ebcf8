import { expect } from '@open-wc/testing';
import { emotionToScore, journeyFromMermaid, journeyToMermaid, scoreToEmotion } from '../../src/import/mermaid.js';
import { validateJourney } from '../../src/model/validate.js';
import type { JourneyDocument } from '../../src/model/types.js';
import { sampleJourneys } from '../../src/samples/index.js';

/** The example of Mermaid's user-journey documentation, written the way its docs indent it. */
const WORKING_DAY = `journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 5: Me
`;

const read = (text: string, locale?: string) => journeyFromMermaid(text, { locale });
const stepsOf = (doc: JourneyDocument | undefined) => (doc?.stages ?? []).flatMap((stage) => stage.steps ?? []);

describe('score mapping', () => {
  it('maps 1…5 onto −2…+2 and back', () => {
    expect([1, 2, 3, 4, 5].map((score) => scoreToEmotion(score))).to.deep.equal([-2, -1, 0, 1, 2]);
    expect([-2, -1, 0, 1, 2].map((emotion) => emotionToScore(emotion))).to.deep.equal([1, 2, 3, 4, 5]);
  });

  it('rounds and clamps emotions to whole scores, on any scale', () => {
    expect(emotionToScore(-1.5)).to.equal(2); // 1.5 rounds up
    expect(emotionToScore(0.4)).to.equal(3); // 3.4
    expect(emotionToScore(0.6)).to.equal(4); // 3.6
    expect(emotionToScore(7)).to.equal(5);
    expect(emotionToScore(-9)).to.equal(1);
    expect(scoreToEmotion(4, { min: 0, max: 10 })).to.equal(7.5);
    expect(emotionToScore(7.5, { min: 0, max: 10 })).to.equal(4);
  });
});

describe('journeyFromMermaid', () => {
  it('reads the documented example: title, sections as stages, tasks as steps, actors as personas', () => {
    const result = read(WORKING_DAY);
    expect(result.ok).to.be.true;
    expect(result.errors).to.deep.equal([]);
    const doc = result.journey!;
    expect(doc.title).to.equal('My working day');
    expect(doc.personas).to.deep.equal([
      { id: 'me', name: 'Me' },
      { id: 'cat', name: 'Cat' },
    ]);
    expect(doc.stages.map((stage) => [stage.id, stage.title])).to.deep.equal([
      ['go-to-work', 'Go to work'],
      ['go-home', 'Go home'],
    ]);
    expect(stepsOf(doc).map((step) => [step.id, step.title, step.emotion])).to.deep.equal([
      ['make-tea', 'Make tea', { me: 2 }],
      ['go-upstairs', 'Go upstairs', { me: 0 }],
      ['do-work', 'Do work', { me: -2, cat: -2 }],
      ['go-downstairs', 'Go downstairs', { me: 2 }],
      ['sit-down', 'Sit down', { me: 2 }],
    ]);
    expect(validateJourney(doc).ok).to.be.true;
  });

  it('writes the documented example back exactly (Mermaid → JSON → Mermaid)', () => {
    expect(journeyToMermaid(read(WORKING_DAY).journey!)).to.equal(WORKING_DAY);
  });

  it('follows Mermaid: keywords in any case, title with colons, actors with spaces, a trailing comma, no indentation', () => {
    const doc = read('JOURNEY\nTitle Release 2.0: the launch\nSection Plan\nPick a date: 4: Product owner, Release manager,\n').journey!;
    expect(doc.title).to.equal('Release 2.0: the launch');
    expect(doc.personas).to.deep.equal([
      { id: 'product-owner', name: 'Product owner' },
      { id: 'release-manager', name: 'Release manager' },
    ]);
    expect(stepsOf(doc)[0].emotion).to.deep.equal({ 'product-owner': 1, 'release-manager': 1 });
  });

  it('skips front matter, directives, %% comment lines and # comments; takes the title from front matter', () => {
    const text = [
      '---',
      'title: "From front matter"',
      'config:',
      '  theme: forest',
      '---',
      '%%{init: { "theme": "dark" } }%%',
      '%%{',
      '  init: { "journey": { "diagramMarginX": 20 } }',
      '}%%',
      '%% a comment line',
      'journey',
      '  section Start # a comment',
      '    %% Not a task: 1: Me',
      '    Task: 2: Me # trailing comment',
    ].join('\r\n');
    const result = read(text);
    expect(result.errors).to.deep.equal([]);
    expect(result.journey!.title).to.equal('From front matter');
    expect(result.journey!.stages[0].title).to.equal('Start');
    expect(stepsOf(result.journey).map((step) => [step.title, step.emotion])).to.deep.equal([['Task', { me: -1 }]]);
  });

  it('reads accTitle, accDescr and the multi-line accDescr block into the description', () => {
    const single = read('journey\n  accTitle: Onboarding: day one\n  accDescr: How a new hire; feels\n  section A\n    T: 3\n').journey!;
    expect(single.description).to.equal('How a new hire; feels');
    expect(single.accTitle).to.equal('Onboarding: day one');
    const block = read('journey\n  accDescr {\n    First line\n    second line\n  }\n  section A\n    T: 3\n').journey!;
    expect(block.description).to.equal('First line\nsecond line');
    expect(read('journey\n  accTitle: Only a title\n  section A\n    T: 3\n').journey!.description).to.equal('Only a title');
  });

  it('puts tasks before any section in a stage of their own, and makes an empty section a stage', () => {
    const doc = read('journey\n  Wake up: 2: Me\n  section Commute\n  section Work\n    Stand-up: 4: Me\n').journey!;
    expect(doc.stages.map((stage) => [stage.id, stage.title, stage.steps?.length])).to.deep.equal([
      ['stage-1', '', 1],
      ['commute', 'Commute', undefined],
      ['work', 'Work', 1],
    ]);
    expect(journeyToMermaid(doc)).to.equal('journey\n      Wake up: 2: Me\n    section Commute\n    section Work\n      Stand-up: 4: Me\n');
  });

  it('a task without actors gets one emotion for the step; repeated names get distinct ids', () => {
    const doc = read('journey\n section Pay\n  Pay: 1\n  Pay: 5: Me\n section Pay\n').journey!;
    expect(stepsOf(doc).map((step) => [step.id, step.emotion])).to.deep.equal([
      ['pay-2', -2],
      ['pay-3', { me: 2 }],
    ]);
    expect(doc.stages.map((stage) => stage.id)).to.deep.equal(['pay', 'pay-4']);
  });

  it('makes ids from Cyrillic and Romanian names and decodes entity codes', () => {
    const doc = read('journey\n section Оформление карты\n  Înscriere și plată: 4: Ана #35;1, Ion\n  Ratio #59; test: 3\n').journey!;
    expect(doc.stages[0].id).to.equal('оформление-карты');
    expect(stepsOf(doc).map((step) => [step.id, step.title])).to.deep.equal([
      ['inscriere-si-plata', 'Înscriere și plată'],
      ['ratio-test', 'Ratio ; test'],
    ]);
    expect(doc.personas!.map((persona) => persona.name)).to.deep.equal(['Ана #1', 'Ion']);
  });

  it('maps scores with the overrides: another scale, or a function', () => {
    const scaled = journeyFromMermaid('journey\n section A\n  T: 4\n', { scale: { min: 0, max: 10 } }).journey!;
    expect(scaled.scale).to.deep.equal({ min: 0, max: 10 });
    expect(stepsOf(scaled)[0].emotion).to.equal(7.5);
    const custom = journeyFromMermaid('journey\n section A\n  T: 4\n', { emotion: (score) => score * 10 }).journey!;
    expect(stepsOf(custom)[0].emotion).to.equal(40);
  });

  it('keeps an out-of-range score within 1–5 with a warning that has line and column', () => {
    const result = read('journey\n section A\n  Great: 7: Me\n');
    expect(result.ok).to.be.true;
    expect(stepsOf(result.journey)[0].emotion).to.deep.equal({ me: 2 });
    expect(result.warnings).to.deep.equal([
      {
        path: '',
        code: 'mermaid-score-range',
        severity: 'warning',
        line: 3,
        column: 10,
        message: 'Line 3, column 10: the score 7 is outside 1 to 5; it is read as 5.',
      },
    ]);
  });

  it('reports what Mermaid rejects with line and column, in every language, and returns no journey', () => {
    const text = 'journey\n  title A; b\n  section X: y\n  Task: x: Me\n  Just words\n  : 3: Me\n';
    const result = read(text);
    expect(result.ok).to.be.false;
    expect(result.journey).to.be.undefined;
    expect(result.errors.map((problem) => [problem.code, problem.line, problem.column])).to.deep.equal([
      ['mermaid-syntax', 2, 10],
      ['mermaid-syntax', 3, 12],
      ['mermaid-score', 4, 9],
      ['mermaid-syntax', 5, 3],
      ['mermaid-syntax', 6, 3],
    ]);
    expect(result.errors[3].message).to.equal(
      'Line 5, column 3: “Just words” is not a title, a section or a task written as “Task name: 5: Actor”.',
    );
    expect(read(text, 'ru').errors[2].message).to.equal('Строка 4, столбец 9: оценка «x» — не число; в Mermaid оценки идут от 1 до 5.');
    expect(read(text, 'ro-MD').errors[2].message).to.equal(
      'Rândul 4, coloana 9: scorul „x” nu este un număr; scorurile Mermaid merg de la 1 la 5.',
    );
  });

  it('reports a missing header, an unclosed block and an empty journey', () => {
    const cases: Array<[string, Array<[string, number, number]>]> = [
      ['graph TD\n  A --> B\n', [['mermaid-header', 1, 1]]],
      ['\n\n   flowchart\n', [['mermaid-header', 3, 4]]],
      ['', [['mermaid-header', 1, 1]]],
      ['---\ntitle: x\njourney\n', [['unclosed-block', 1, 1]]],
      ['journey\n  accDescr {\n  never closed\n', [['unclosed-block', 2, 3]]],
      ['%%{init: {}\njourney\n', [['unclosed-block', 1, 1]]],
      ['journey\n  title Nothing else\n', [['empty-stages', 3, 1]]],
    ];
    for (const [text, expected] of cases) {
      expect(read(text).errors.map((problem) => [problem.code, problem.line, problem.column]), text).to.deep.equal(expected);
    }
  });

  it('never throws, whatever it is given', () => {
    for (const input of [undefined, null, 42, {}, 'journey\n'.repeat(3), '\uFEFFjourney\nsection A\nT: 1']) {
      expect(() => journeyFromMermaid(input as unknown as string)).not.to.throw();
    }
    expect(journeyFromMermaid('\uFEFFjourney\nsection A\nT: 1').ok).to.be.true;
  });
});

describe('journeyToMermaid', () => {
  it('writes every sample as Mermaid that reads back to the same stages, steps, actors and scores', () => {
    for (const [name, doc] of Object.entries(sampleJourneys)) {
      const text = journeyToMermaid(doc);
      const back = read(text);
      expect(back.errors, name).to.deep.equal([]);
      expect(back.journey!.title, name).to.equal(doc.title);
      expect(back.journey!.stages.map((stage) => stage.title), name).to.deep.equal(doc.stages.map((stage) => stage.title));
      const columns = doc.stages.flatMap((stage) => (stage.steps ? stage.steps : stage.emotion === undefined ? [] : [stage]));
      expect(stepsOf(back.journey).map((step) => step.title), name).to.deep.equal(columns.map((column) => column.title));
      // Mermaid → JSON → Mermaid is exact once written.
      expect(journeyToMermaid(back.journey!), name).to.equal(text);
    }
  });

  it('writes one persona with { persona }, means of several personas otherwise, 3 for no emotion', () => {
    const doc: JourneyDocument = {
      schemaVersion: 1,
      title: 'Two people',
      personas: [
        { id: 'ops', name: 'Ops lead' },
        { id: 'cfo', name: 'CFO' },
      ],
      stages: [
        {
          id: 's',
          title: 'Buy',
          steps: [
            { id: 'a', title: 'Compare', emotion: { ops: 2, cfo: -1 } },
            { id: 'b', title: 'Sign', emotion: 1 },
            { id: 'c', title: 'Wait' },
          ],
        },
        { id: 'after', title: 'After', emotion: { cfo: -2 } },
      ],
    };
    expect(journeyToMermaid(doc)).to.equal(
      'journey\n    title Two people\n    section Buy\n      Compare: 4: Ops lead, CFO\n      Sign: 4\n      Wait: 3\n    section After\n      After: 1: CFO\n',
    );
    expect(journeyToMermaid(doc, { persona: 'cfo' })).to.equal(
      'journey\n    title Two people\n    section Buy\n      Compare: 2: CFO\n      Sign: 4: CFO\n      Wait: 3\n    section After\n      After: 1: CFO\n',
    );
    expect(journeyToMermaid(doc, { score: (emotion) => (emotion > 0 ? 5 : 1) })).to.contain('Compare: 5: Ops lead, CFO');
  });

  it('escapes what Mermaid would read as syntax and reads it back unchanged', () => {
    const doc: JourneyDocument = {
      schemaVersion: 1,
      title: 'Costs; #1',
      description: 'Line one\nline two}',
      personas: [{ id: 'p', name: 'Smith, J: buyer' }],
      stages: [
        {
          id: 's',
          title: 'Step 1: pay',
          steps: [
            { id: 'a', title: 'Title page', emotion: { p: 0 } },
            { id: 'b', title: 'Pay #2; now: fast', emotion: { p: 1 } },
            { id: 'c', title: '%% not a comment', emotion: 2 },
          ],
        },
      ],
    };
    const text = journeyToMermaid(doc);
    expect(text).to.contain('    section Step 1#58; pay\n');
    const back = read(text).journey!;
    expect(back.title).to.equal(doc.title);
    expect(back.description).to.equal(doc.description);
    expect(back.personas!.map((persona) => persona.name)).to.deep.equal(['Smith, J: buyer']);
    expect(back.stages[0].title).to.equal('Step 1: pay');
    expect(stepsOf(back).map((step) => step.title)).to.deep.equal(['Title page', 'Pay #2; now: fast', '%% not a comment']);
  });

  it('never throws on values that are not documents', () => {
    for (const input of [undefined, null, 3, 'text', { stages: 'x' }, { stages: [{ steps: [null, 1] }] }]) {
      expect(journeyToMermaid(input as unknown as JourneyDocument)).to.match(/^journey\n/);
    }
  });
});
