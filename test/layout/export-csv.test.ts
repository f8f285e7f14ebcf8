import { expect } from '@open-wc/testing';
import { cellText, csvField, guardFormula, journeyCSV, UTF8_BOM, type CsvLabels } from '../../src/layout/export-csv.js';
import type { CellContext } from '../../src/views/context.js';
import { normalizeJourney } from '../../src/model/normalize.js';
import type { JourneyDocument } from '../../src/model/types.js';

const doc: JourneyDocument = {
  schemaVersion: 1,
  title: 'Haircut',
  channels: [{ id: 'web', label: 'Website' }],
  metrics: [{ id: 'csat', label: 'CSAT', unit: 'pts' }],
  stages: [
    {
      id: 'book',
      title: 'Book, online',
      steps: [
        {
          id: 'find',
          title: 'Finds a "slot"',
          actions: ['Opens the site', '=HYPERLINK("http://evil.example","x")'],
          touchpoints: [{ channel: 'web', text: 'Booking page' }, { channel: 'sms' }],
          emotion: -1.5,
          painPoints: [{ text: 'No slots\nthis week', category: 'process', severity: 3 }],
          metrics: [{ metric: 'csat', value: 3.9, target: 4.5 }],
        },
        { id: 'pay', title: '@pay', actions: ['+1 deposit'], owner: 'Front desk', note: '-2+3' },
      ],
    },
    { id: 'visit', title: 'Visit', actions: [], emotion: 2, note: ['Tea', 'Chat'] },
  ],
  lanes: [
    { kind: 'actions', title: 'Doing' },
    { kind: 'touchpoints' },
    { kind: 'emotion' },
    { kind: 'painPoints' },
    { kind: 'metrics' },
    { kind: 'owner' },
    { kind: 'text', field: 'note', title: 'Notes' },
  ],
};

const journey = normalizeJourney(doc);
const en: CellContext = { journey, locale: 'en', intlLocale: 'en' };
const labels: CsvLabels = { header: ['stage', 'step', 'lane', 'text'], laneName: (lane) => lane.title ?? lane.key };

describe('layout/export-csv', () => {
  it('guards formulas but keeps plain numbers', () => {
    expect(guardFormula('=1+1')).to.equal("'=1+1");
    expect(guardFormula('+1 deposit')).to.equal("'+1 deposit");
    expect(guardFormula('-2+3')).to.equal("'-2+3");
    expect(guardFormula('@SUM(A1)')).to.equal("'@SUM(A1)");
    expect(guardFormula('\t=1')).to.equal("'\t=1");
    expect(guardFormula('-1.5')).to.equal('-1.5');
    expect(guardFormula('Plain = text')).to.equal('Plain = text');
  });

  it('quotes fields as RFC 4180 says', () => {
    expect(csvField('plain')).to.equal('plain');
    expect(csvField('a,b')).to.equal('"a,b"');
    expect(csvField('say "hi"')).to.equal('"say ""hi"""');
    expect(csvField('two\nlines')).to.equal('"two\nlines"');
    expect(csvField('cr\rhere')).to.equal('"cr\rhere"');
    expect(csvField('=A1,"x"')).to.equal('"\'=A1,""x"""');
    expect(csvField('')).to.equal('');
  });

  it('writes each lane kind as plain text', () => {
    const [find, pay, visit] = journey.steps;
    const lane = (key: string) => journey.lanes.find((l) => l.key === key)!;
    expect(cellText(lane('touchpoints'), find, en)).to.equal('Website: Booking page\nsms');
    expect(cellText(lane('emotion'), find, en)).to.equal('-1.5');
    expect(cellText(lane('emotion'), pay, en)).to.equal('');
    expect(cellText(lane('painPoints'), find, en)).to.equal('No slots\nthis week (Process; severity 3)');
    expect(cellText(lane('metrics'), find, en)).to.equal('CSAT: 3.9 pts (target 4.5)');
    expect(cellText(lane('owner'), pay, en)).to.equal('Front desk');
    expect(cellText(lane('text:note'), visit, en)).to.equal('Tea\nChat');
  });

  // A spreadsheet only reads a formula at the start of a cell, so a formula on a later line of a
  // cell is inert text and is kept as written.
  it('exports every cell, one row per lane and step, exactly', () => {
    expect(journeyCSV(en, labels, { bom: false })).to.equal(
      [
        'stage,step,lane,text,key',
        '"Book, online","Finds a ""slot""",Doing,"Opens the site\n=HYPERLINK(""http://evil.example"",""x"")",actions',
        '"Book, online",\'@pay,Doing,\'+1 deposit,actions',
        'Visit,Visit,Doing,,actions',
        '"Book, online","Finds a ""slot""",touchpoints,"Website: Booking page\nsms",touchpoints',
        '"Book, online",\'@pay,touchpoints,,touchpoints',
        'Visit,Visit,touchpoints,,touchpoints',
        '"Book, online","Finds a ""slot""",emotion,-1.5,emotion',
        '"Book, online",\'@pay,emotion,,emotion',
        'Visit,Visit,emotion,2,emotion',
        '"Book, online","Finds a ""slot""",painPoints,"No slots\nthis week (Process; severity 3)",painPoints',
        '"Book, online",\'@pay,painPoints,,painPoints',
        'Visit,Visit,painPoints,,painPoints',
        '"Book, online","Finds a ""slot""",metrics,CSAT: 3.9 pts (target 4.5),metrics',
        '"Book, online",\'@pay,metrics,,metrics',
        'Visit,Visit,metrics,,metrics',
        '"Book, online","Finds a ""slot""",owner,,owner',
        '"Book, online",\'@pay,owner,Front desk,owner',
        'Visit,Visit,owner,,owner',
        '"Book, online","Finds a ""slot""",Notes,,text:note',
        '"Book, online",\'@pay,Notes,\'-2+3,text:note',
        'Visit,Visit,Notes,"Tea\nChat",text:note',
        '',
      ].join('\r\n'),
    );
  });

  it('starts with a UTF-8 byte order mark unless asked not to, so Excel reads Cyrillic and ș ț ă', () => {
    const russian = normalizeJourney({
      schemaVersion: 1,
      title: 'Карта',
      stages: [{ id: 's', title: 'Оформление', actions: ['Заполняет анкету, ждёт'] }, { id: 't', title: 'Înregistrare', actions: ['Își țese planul'] }],
      lanes: [{ kind: 'actions' }],
    });
    const ruLabels: CsvLabels = { header: ['Этап', 'Шаг', 'Дорожка', 'Текст'], laneName: () => 'Действия' };
    const withBom = journeyCSV({ journey: russian, locale: 'ru', intlLocale: 'ru' }, ruLabels);
    expect(withBom.charCodeAt(0)).to.equal(0xfeff);
    expect(withBom).to.equal(
      `${UTF8_BOM}Этап,Шаг,Дорожка,Текст,key\r\nОформление,Оформление,Действия,"Заполняет анкету, ждёт",actions\r\nÎnregistrare,Înregistrare,Действия,Își țese planul,actions\r\n`,
    );
    // Encoded, the file starts with the three bytes EF BB BF.
    expect(Array.from(new TextEncoder().encode(withBom).slice(0, 3))).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(journeyCSV({ journey: russian, locale: 'ru', intlLocale: 'ru' }, ruLabels, { bom: false })).to.equal(withBom.slice(1));
  });

  it('guards a formula hidden behind a tab or carriage return and in every column', () => {
    const hostile = normalizeJourney({
      schemaVersion: 1,
      title: 'x',
      stages: [{ id: 's', title: '=1+2', actions: ['\r=cmd', '\t@x'] }],
      lanes: [{ kind: 'actions' }],
    });
    const rows = journeyCSV({ journey: hostile, locale: 'en', intlLocale: 'en' }, { header: ['a', 'b', 'c', 'd'], laneName: () => '-lane' }, { bom: false }).split('\r\n');
    expect(rows[1]).to.equal(`'=1+2,'=1+2,'-lane,"'\r=cmd\n\t@x",actions`);
  });

  it('names personas when emotion is per persona', () => {
    const perPersona = normalizeJourney({
      schemaVersion: 1,
      title: 'Two people',
      personas: [{ id: 'a', name: 'Ana' }, { id: 'b', name: 'Bo' }],
      stages: [{ id: 's', title: 'S', emotion: { a: 1, b: -2 } }],
      lanes: [{ kind: 'emotion' }],
    });
    expect(cellText(perPersona.lanes[0], perPersona.steps[0], { journey: perPersona, locale: 'en', intlLocale: 'en' })).to.equal('Ana: 1\nBo: -2');
  });
});

describe('layout/export-csv: the map’s language and persona filter', () => {
  const twoPeople = normalizeJourney({
    schemaVersion: 1,
    title: 'Two people',
    personas: [{ id: 'a', name: 'Ana' }, { id: 'b', name: 'Bo' }],
    channels: [{ id: 'phone', label: 'Phone' }],
    metrics: [{ id: 'csat', label: 'CSAT' }],
    stages: [
      {
        id: 's',
        title: 'S',
        emotion: { a: 1, b: -2 },
        touchpoints: [{ channel: 'phone', text: 'Calls', owner: 'Desk' }],
        painPoints: [
          { text: 'Waits', category: 'financial', severity: 4, persona: 'a' },
          { text: 'Lost', category: 'Red tape', persona: 'b' },
          { text: 'Both', severity: 2 },
        ],
        opportunities: [{ text: 'Call back', owner: 'IT', impact: 'high', effort: 'low', status: 'in-progress' }],
        metrics: [{ metric: 'csat', value: 3.9, target: 4.5, previous: 3.1 }],
        insights: [{ kind: 'quote', text: 'Too long', source: 'Interview 2' }],
      },
    ],
    lanes: [{ kind: 'touchpoints' }, { kind: 'emotion' }, { kind: 'painPoints' }, { kind: 'opportunities' }, { kind: 'metrics' }, { kind: 'insights' }],
  });
  const [step] = twoPeople.steps;
  const cell = (key: string, ctx: Partial<CellContext>) =>
    cellText(twoPeople.lanes.find((lane) => lane.key === key)!, step, { journey: twoPeople, locale: 'en', intlLocale: 'en', ...ctx });

  it('names every detail in the map’s language: English, Russian, Romanian', () => {
    expect(cell('painPoints', {}).split('\n')).to.deep.equal([
      'Waits (Financial; persona Ana; severity 4)',
      'Lost (Red tape; persona Bo)',
      'Both (severity 2)',
    ]);
    expect(cell('painPoints', { locale: 'ru', intlLocale: 'ru' }).split('\n')).to.deep.equal([
      'Waits (Финансы; персона Ana; критичность 4)',
      'Lost (Red tape; персона Bo)',
      'Both (критичность 2)',
    ]);
    expect(cell('painPoints', { locale: 'ro', intlLocale: 'ro' }).split('\n')[0]).to.equal('Waits (Financiar; persona Ana; gravitate 4)');
    expect(cell('opportunities', {})).to.equal('Call back (owner IT; impact high; effort low; status in progress)');
    expect(cell('opportunities', { locale: 'ru', intlLocale: 'ru' })).to.equal(
      'Call back (ответственный IT; эффект высокий; трудозатраты низкие; статус в работе)',
    );
    expect(cell('opportunities', { locale: 'ro', intlLocale: 'ro' })).to.equal('Call back (responsabil IT; impact ridicat; efort scăzut; stare în lucru)');
    expect(cell('touchpoints', { locale: 'ru', intlLocale: 'ru' })).to.equal('Phone: Calls (ответственный Desk)');
    // Numbers stay as the document writes them (a spreadsheet reads 3.9, not 3,9).
    expect(cell('metrics', { locale: 'ru', intlLocale: 'ru' })).to.equal('CSAT: 3.9 (цель 4.5; было 3.1)');
    expect(cell('metrics', { locale: 'ro', intlLocale: 'ro' })).to.equal('CSAT: 3.9 (țintă 4.5; anterior 3.1)');
    expect(cell('insights', { locale: 'ru', intlLocale: 'ru' })).to.equal('цитата: Too long (Interview 2)');
  });

  it('follows the persona filter as the screen does: the other persona’s pain points and emotion are left out', () => {
    expect(cell('emotion', {})).to.equal('Ana: 1\nBo: -2');
    expect(cell('emotion', { persona: 'b' })).to.equal('Bo: -2');
    // Filtered to one persona, the screen does not name it on each pain point, and neither does the CSV.
    expect(cell('painPoints', { persona: 'a' }).split('\n')).to.deep.equal(['Waits (Financial; severity 4)', 'Both (severity 2)']);
    expect(journeyCSV({ journey: twoPeople, locale: 'en', intlLocale: 'en', persona: 'b' }, labels, { bom: false })).to.contain(
      'S,S,painPoints,"Lost (Red tape)\nBoth (severity 2)",painPoints',
    );
  });
});
