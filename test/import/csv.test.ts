import { expect } from '@open-wc/testing';
import { journeyFromCSV } from '../../src/import/csv.js';
import { columnName, detectSeparator, parseCsv, unguard } from '../../src/import/csv-table.js';
import { toLocale } from '../../src/i18n/locale.js';
import { laneTitle } from '../../src/i18n/lane-strings.js';
import { mapString } from '../../src/i18n/map-strings.js';
import { journeyCSV } from '../../src/layout/export-csv.js';
import { normalizeJourney } from '../../src/model/normalize.js';
import type { JourneyDocument, NormalizedJourney } from '../../src/model/types.js';
import { validateJourney } from '../../src/model/validate.js';
import { sampleJourneys } from '../../src/samples/index.js';
import { translator } from '../../src/i18n/translator.js';

function normalized(doc: JourneyDocument): NormalizedJourney {
  const result = validateJourney(doc);
  expect(result.errors, 'a valid document').to.deep.equal([]);
  return normalizeJourney(result.journey!);
}

/** The CSV the map exports in `locale` (the words `exportWords` passes). */
function exported(doc: JourneyDocument, locale = toLocale(doc.locale)): string {
  const word = (key: 'grid.stage' | 'export.step' | 'grid.lane' | 'export.text' | 'export.laneKey') => mapString(translator(locale), key);
  return journeyCSV({ journey: normalized(doc), locale, intlLocale: locale }, {
    header: [word('grid.stage'), word('export.step'), word('grid.lane'), word('export.text')],
    keyHeader: word('export.laneKey'),
    laneName: (lane) => laneTitle(lane, translator(locale)),
  });
}

/** What the round trip must keep, by names rather than ids (the CSV has no ids). */
function contents(doc: JourneyDocument) {
  const journey = normalized(doc);
  const personaName = new Map(journey.personas.map((persona) => [persona.id, persona.name]));
  return journey.steps.map((step) => ({
    stage: journey.stages[step.stageIndex].title,
    title: step.title,
    actions: step.actions,
    thoughts: step.thoughts,
    questions: step.questions,
    motivations: step.motivations,
    barriers: step.barriers,
    owner: step.owner,
    touchpoints: step.touchpoints?.map((touchpoint) => [journey.channels.get(touchpoint.channel)?.label ?? touchpoint.channel, touchpoint.text, touchpoint.owner]),
    backstage: step.backstage?.map((item) => [item.actor, item.text, item.system]),
    painPoints: step.painPoints?.map((pain) => [pain.text, pain.category, pain.severity, pain.persona && personaName.get(pain.persona)]),
    opportunities: step.opportunities?.map((idea) => [idea.text, idea.owner, idea.impact, idea.effort, idea.status]),
    metrics: step.metrics?.map((value) => [journey.metrics.get(value.metric)?.label, value.value, value.target, value.previous, value.history]),
    insights: step.insights,
    emotion: Object.entries(step.emotionByPersona).map(([id, value]) => [personaName.get(id) ?? id, value]),
    text: journey.lanes.filter((lane) => lane.kind === 'text').map((lane) => step[lane.field!]),
  }));
}

/** A parsed table written again with `;` (as Excel does in ru and ro locales), quoting what needs it. */
function withSemicolons(csv: string): string {
  const field = (cell: string) => (/[";\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  return '\uFEFF' + parseCsv(csv).rows.map((row) => row.map(field).join(';')).join('\r\n') + '\r\n';
}

describe('CSV table', () => {
  it('reads RFC 4180: quotes, doubled quotes, line breaks in cells, CRLF, LF and a BOM', () => {
    const table = parseCsv('\uFEFFa,"b, c","say ""hi"""\r\n"two\r\nlines",,x\ny\n');
    expect(table.rows).to.deep.equal([
      ['a', 'b, c', 'say "hi"'],
      ['two\r\nlines', '', 'x'],
      ['y'],
    ]);
    expect(table.unclosed).to.be.undefined;
  });

  it('finds the separator in the first row, outside quotes', () => {
    expect(detectSeparator('Этап;Шаг;"Дорожка, общая";Текст')).to.equal(';');
    expect(detectSeparator('a\tb\tc')).to.equal('\t');
    expect(detectSeparator('"a;b;c",d')).to.equal(',');
    expect(detectSeparator('single')).to.equal(',');
  });

  it('reports where a quoted cell opened that never closes', () => {
    expect(parseCsv('a,b\nc,"open\nd,e\n').unclosed).to.deep.equal({ row: 2, column: 2 });
  });

  it('names columns as spreadsheets do and removes the formula guard', () => {
    expect([1, 4, 26, 27, 52, 53, 703].map(columnName)).to.deep.equal(['A', 'D', 'Z', 'AA', 'AZ', 'BA', 'AAA']);
    expect(unguard("'=1+1")).to.equal('=1+1');
    expect(unguard("'-lane")).to.equal('-lane');
    expect(unguard("'quoted'")).to.equal("'quoted'");
  });
});

describe('journeyFromCSV', () => {
  for (const [name, sample] of Object.entries(sampleJourneys)) {
    const doc = sample;
    it(`round-trips ${name}: every text lane, pain point, opportunity, metric, insight and emotion`, () => {
      const csv = exported(doc);
      const result = journeyFromCSV(csv);
      expect(result.errors).to.deep.equal([]);
      expect(result.warnings).to.deep.equal([]);
      expect(contents(result.journey!)).to.deep.equal(contents(doc));
      // Exported again in the same language, not one character differs.
      expect(exported(result.journey!, toLocale(doc.locale))).to.equal(csv);
    });
  }

  for (const [name, sample] of Object.entries(sampleJourneys)) {
    it(`reads ${name} back from its export in English, Russian and Romanian, details named in each language`, () => {
      for (const locale of ['en', 'ru', 'ro'] as const) {
        const result = journeyFromCSV(exported(sample, locale));
        expect(result.warnings, locale).to.deep.equal([]);
        expect(contents(result.journey!), locale).to.deep.equal(contents(sample));
      }
    });
  }

  it('reads a Russian and a Romanian export’s details: category, persona, severity, levels, status, owner, target', () => {
    const ru = [
      'Этап,Шаг,Слой,Текст,Ключ слоя',
      'S,S,Боли,"Ждёт (Финансы; персона Анна; критичность 4)\nТеряет (Бюрократия)",painPoints',
      'S,S,Возможности,Перезвон (ответственный ИТ; эффект высокий; трудозатраты низкие; статус в работе),opportunities',
      'S,S,Точки контакта,Телефон: Звонит (ответственный Офис),touchpoints',
      'S,S,Метрики,CSAT: 3.9 (цель 4.5; было 3.1),metrics',
      'S,S,Факты,цитата: Долго (Интервью 2),insights',
    ].join('\r\n');
    const read = journeyFromCSV(ru);
    expect(read.warnings).to.deep.equal([]);
    const stage = read.journey!.stages[0];
    expect(stage.painPoints).to.deep.equal([
      { text: 'Ждёт', category: 'financial', persona: 'анна', severity: 4 },
      { text: 'Теряет', category: 'Бюрократия' },
    ]);
    expect(stage.opportunities).to.deep.equal([{ text: 'Перезвон', owner: 'ИТ', impact: 'high', effort: 'low', status: 'in-progress' }]);
    expect(stage.touchpoints).to.deep.equal([{ channel: 'телефон', text: 'Звонит', owner: 'Офис' }]);
    expect(stage.metrics).to.deep.equal([{ metric: 'csat', value: 3.9, target: 4.5, previous: 3.1 }]);
    expect(stage.insights).to.deep.equal([{ kind: 'quote', text: 'Долго', source: 'Интервью 2' }]);
    // Headers of exports written before the lane word changed ("Culoar", "Дорожка") are still read.
    const ro = journeyFromCSV('Etapă,Pas,Culoar,Text\r\nS,S,Oportunități,"Apel (responsabil IT; impact ridicat; efort scăzut; stare în lucru)"\r\n');
    expect(ro.journey!.stages[0].opportunities).to.deep.equal([{ text: 'Apel', owner: 'IT', impact: 'high', effort: 'low', status: 'in-progress' }]);
    // Brackets that are not the export's details stay part of the text.
    const plain = journeyFromCSV('Этап,Шаг,Дорожка,Текст\r\nS,S,Болевые точки,Ждёт (долго; очень)\r\n');
    expect(plain.journey!.stages[0].painPoints).to.deep.equal([{ text: 'Ждёт (долго; очень)' }]);
  });

  it('reads a `;`-separated file with a BOM, and the same file exported in another language', () => {
    const doc = sampleJourneys['bank-card-ru'];
    expect(contents(journeyFromCSV(withSemicolons(exported(doc))).journey!)).to.deep.equal(contents(doc));
    expect(contents(journeyFromCSV(withSemicolons(exported(doc, 'ro'))).journey!)).to.deep.equal(contents(doc));
    expect(contents(journeyFromCSV(exported(doc, 'en'), { separator: ',' }).journey!)).to.deep.equal(contents(doc));
  });

  it('reads an export without the lane-key column by the lane names of any language', () => {
    const csv = 'Этап,Шаг,Дорожка,Текст\r\nПоиск,Ищет,Действия,"Читает отзывы\nСравнивает"\r\nПоиск,Ищет,Emoție,-1\r\n';
    expect(journeyFromCSV(csv).journey).to.deep.equal({
      schemaVersion: 1,
      title: '',
      stages: [{ id: 'поиск', title: 'Поиск', steps: [{ id: 'ищет', title: 'Ищет', actions: ['Читает отзывы', 'Сравнивает'], emotion: -1 }] }],
      lanes: [{ kind: 'actions' }, { kind: 'emotion' }],
    });
  });

  it('reads the hand-made layout: lanes down, merged stage cells, steps across, `;` and a BOM', () => {
    const csv = [
      '\uFEFF;Awareness;;Purchase',
      ';Sees an ad;Asks a friend;Pays',
      'Doing;Scrolls;"Calls Ana\nTexts Bo";Pays online',
      'Emoție;0;"Me: 1\nCat: -1";2',
      'Pain points;;;"Fees (financial; severity 4)"',
      'Metrics;;;"CSAT: 4.1 pts (target 4.5)";',
      ';;;',
    ].join('\r\n');
    const result = journeyFromCSV(csv, { title: 'Buying' });
    expect(result.errors).to.deep.equal([]);
    expect(result.journey).to.deep.equal({
      schemaVersion: 1,
      title: 'Buying',
      personas: [
        { id: 'me', name: 'Me' },
        { id: 'cat', name: 'Cat' },
      ],
      metrics: [{ id: 'csat', label: 'CSAT', unit: 'pts' }],
      stages: [
        {
          id: 'awareness',
          title: 'Awareness',
          steps: [
            { id: 'sees-an-ad', title: 'Sees an ad', actions: ['Scrolls'], emotion: 0 },
            { id: 'asks-a-friend', title: 'Asks a friend', actions: ['Calls Ana', 'Texts Bo'], emotion: { me: 1, cat: -1 } },
          ],
        },
        {
          id: 'purchase',
          title: 'Purchase',
          steps: [
            {
              id: 'pays',
              title: 'Pays',
              actions: ['Pays online'],
              emotion: 2,
              painPoints: [{ text: 'Fees', category: 'financial', severity: 4 }],
              metrics: [{ metric: 'csat', value: 4.1, target: 4.5 }],
            },
          ],
        },
      ],
      lanes: [{ kind: 'actions' }, { kind: 'emotion' }, { kind: 'painPoints' }, { kind: 'metrics' }],
    });
    expect(validateJourney(result.journey).ok).to.be.true;
  });

  it('reads insights back with their details, and a metric with its history', () => {
    const csv = [
      ',Start',
      ',Calls',
      'Insights,"quote: We wait (Interview 3; 2026-02-10; n 1)\ndata: 23 % unanswered (Carrier logs; n 3400; https://example.com/logs)\nobservation: Shouting (hidden) (Visit)\nquote: Odd order (n 2; Interview 9)\nhunch: not a kind"',
      'Metrics,"CSAT: 3.9 pts (target 4.5; previous 3.6; history 2025-10-01 3.4, 2026-04-01 3.6)\nNPS: 12 (history soon 3)"',
    ].join('\n');
    const result = journeyFromCSV(csv);
    expect(result.warnings.map((problem) => [problem.code, problem.line, problem.column, problem.message])).to.deep.equal([
      ['csv-value', 3, 2, 'Row 3, column B: “hunch: not a kind” cannot be read in the lane “Insights”; it was left out.'],
      [
        'csv-metric-detail',
        4,
        2,
        'Row 4, column B: “history soon 3” of the metric “NPS” cannot be read (a number after target or previous, dates and numbers after history); the metric is kept without it.',
      ],
    ]);
    const step = result.journey!.stages[0].steps![0];
    expect(step.insights).to.deep.equal([
      { kind: 'quote', text: 'We wait', source: 'Interview 3', at: '2026-02-10', n: 1 },
      { kind: 'data', text: '23 % unanswered', source: 'Carrier logs', n: 3400, url: 'https://example.com/logs' },
      // Only the last brackets are details; "(hidden)" stays in the text.
      { kind: 'observation', text: 'Shouting (hidden)', source: 'Visit' },
      // Details out of the export's order are not details: the brackets stay in the text.
      { kind: 'quote', text: 'Odd order (n 2; Interview 9)' },
    ]);
    expect(step.metrics).to.deep.equal([
      {
        metric: 'csat',
        value: 3.9,
        target: 4.5,
        previous: 3.6,
        history: [
          { at: '2025-10-01', value: 3.4 },
          { at: '2026-04-01', value: 3.6 },
        ],
      },
      // A history that is not dates and numbers is left out rather than read wrong (and reported).
      { metric: 'nps', value: 12 },
    ]);
    expect(validateJourney(result.journey).ok).to.be.true;
  });

  it('makes every column a stage when the second row already names a lane', () => {
    const doc = journeyFromCSV(',Discover,Buy\nActions,Reads,Pays\n').journey!;
    expect(doc.stages).to.deep.equal([
      { id: 'discover', title: 'Discover', actions: ['Reads'] },
      { id: 'buy', title: 'Buy', actions: ['Pays'] },
    ]);
  });

  it('reports what it cannot read by row and column letter, in every language, and keeps the rest', () => {
    const csv = ',Start\n,Step\nActions,Does\nMood board,Calm\nEmotion,very bad\nMetrics,"NPS: 40\nlots"\n';
    const result = journeyFromCSV(csv);
    expect(result.ok).to.be.true;
    expect(result.warnings.map((problem) => [problem.code, problem.line, problem.column, problem.message])).to.deep.equal([
      ['csv-unknown-lane', 4, 1, 'Row 4, column A: “Mood board” is not a lane name; it is read as a custom text lane.'],
      ['csv-value', 5, 2, 'Row 5, column B: “very bad” cannot be read in the lane “Emotion”; it was left out.'],
      ['csv-value', 6, 2, 'Row 6, column B: “lots” cannot be read in the lane “Metrics”; it was left out.'],
    ]);
    const step = result.journey!.stages[0].steps![0];
    expect(step).to.deep.include({ actions: ['Does'], 'mood-board': 'Calm', metrics: [{ metric: 'nps', value: 40 }] });
    expect(result.journey!.lanes).to.deep.equal([{ kind: 'actions' }, { kind: 'text', field: 'mood-board', title: 'Mood board' }, { kind: 'emotion' }, { kind: 'metrics' }]);
    expect(journeyFromCSV(csv, { locale: 'ru' }).warnings[1].message).to.equal(
      'Строка 5, столбец B: «very bad» не удалось прочитать в слое «Emotion»; значение пропущено.',
    );
    expect(journeyFromCSV(csv, { locale: 'ro' }).warnings[1].message).to.equal(
      'Rândul 5, coloana B: „very bad” nu poate fi citit în stratul „Emotion”; a fost omis.',
    );
  });

  it('reports a metric detail it cannot read with its row and column, in every language, and keeps the metric and its other details', () => {
    const csv = ',Start\n,Step\nMetrics,"Wait: 3 min (target abc; previous 4)\nNPS: 40 (previous 38; history 2026-01-01 35, soon 3; mood high)"\n';
    const result = journeyFromCSV(csv);
    expect(result.ok).to.be.true;
    expect(result.warnings.map((problem) => [problem.code, problem.line, problem.column, problem.path, problem.severity])).to.deep.equal([
      ['csv-metric-detail', 3, 2, '', 'warning'],
      ['csv-metric-detail', 3, 2, '', 'warning'],
      ['csv-metric-detail', 3, 2, '', 'warning'],
    ]);
    expect(result.warnings.map((problem) => problem.message)).to.deep.equal([
      'Row 3, column B: “target abc” of the metric “Wait” cannot be read (a number after target or previous, dates and numbers after history); the metric is kept without it.',
      'Row 3, column B: “history 2026-01-01 35, soon 3” of the metric “NPS” cannot be read (a number after target or previous, dates and numbers after history); the metric is kept without it.',
      'Row 3, column B: “mood high” of the metric “NPS” cannot be read (a number after target or previous, dates and numbers after history); the metric is kept without it.',
    ]);
    expect(result.journey!.stages[0].steps![0].metrics).to.deep.equal([
      { metric: 'wait', value: 3, previous: 4 },
      { metric: 'nps', value: 40, previous: 38 },
    ]);
    expect(result.journey!.metrics).to.deep.equal([
      { id: 'wait', label: 'Wait', unit: 'min' },
      { id: 'nps', label: 'NPS' },
    ]);
    expect(journeyFromCSV(csv, { locale: 'ru' }).warnings[0].message).to.equal(
      'Строка 3, столбец B: «target abc» у метрики «Wait» не удалось прочитать (после target и previous нужно число, после history — даты и числа); метрика сохранена без этого.',
    );
    expect(journeyFromCSV(csv, { locale: 'ro' }).warnings[0].message).to.equal(
      'Rândul 3, coloana B: „target abc” al metricii „Wait” nu poate fi citit (după target și previous trebuie un număr, după history date și numere); metrica este păstrată fără el.',
    );
    // The export's layout reports the same detail at its text column, D.
    const exported = 'Stage,Step,Lane,Text\nStart,Step,Metrics,NPS: 40 (target x)\n';
    expect(journeyFromCSV(exported).warnings.map((problem) => [problem.code, problem.line, problem.column])).to.deep.equal([['csv-metric-detail', 2, 4]]);
  });

  it('gives errors, and no journey, for an unclosed quote, an empty file and a table it cannot lay out', () => {
    const unclosed = journeyFromCSV('Stage,Step,Lane,Text\nA,B,Doing,"never closed\n');
    expect(unclosed.ok).to.be.false;
    expect(unclosed.journey).to.be.undefined;
    expect(unclosed.errors.map((problem) => [problem.code, problem.line, problem.column, problem.message])).to.deep.equal([
      ['csv-unclosed-quote', 2, 4, 'Row 2, column D: a quoted cell is never closed, so the rest of the file is read into it.'],
    ]);
    expect(journeyFromCSV('').errors.map((problem) => problem.code)).to.deep.equal(['csv-layout']);
    expect(journeyFromCSV('only one cell\n').errors.map((problem) => problem.code)).to.deep.equal(['csv-layout']);
    expect(journeyFromCSV('Stage,Step,Lane,Text\r\n').errors.map((problem) => problem.code)).to.deep.equal(['empty-stages']);
  });

  it('keeps custom text lanes away from fields the document format owns', () => {
    const doc = journeyFromCSV(',S\n,T\nDescription,Hello\nNext,x\n').journey!;
    expect(doc.lanes).to.deep.equal([
      { kind: 'text', field: 'notes-description', title: 'Description' },
      { kind: 'text', field: 'notes-next', title: 'Next' },
    ]);
    expect(validateJourney(doc).ok).to.be.true;
  });

  it('never throws, whatever it is given', () => {
    for (const input of [undefined, null, 42, {}, '"', ',,,\n,,,', '\uFEFF']) {
      expect(() => journeyFromCSV(input as unknown as string)).not.to.throw();
    }
  });
});
