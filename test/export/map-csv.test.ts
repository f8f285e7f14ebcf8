/** The map's CSV follows its filter (stated, each row marked) and holds the opened customer's lane; journeyFromCSV skips both. */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { journeyFromCSV } from '../../src/import/csv.js';
import type { JourneyDocument } from '../../src/model/types.js';
import { mountMap, settle } from '../elements/map-fixture.js';

const doc: JourneyDocument = {
  schemaVersion: 1,
  title: 'T',
  asOf: '2026-10-01',
  channels: [{ id: 'web', label: 'Website' }],
  stages: [
    {
      id: 's',
      title: 'Stage',
      steps: [
        { id: 'a', title: 'Asks', actions: ['Calls'], painPoints: [{ text: 'Waits', severity: 4 }] },
        { id: 'b', title: 'Buys', actions: ['Pays'] },
      ],
    },
  ],
  lanes: [{ kind: 'actions' }, { kind: 'painPoints' }],
  individuals: [
    {
      id: 'c-1',
      label: 'ACME',
      segment: 'SMB',
      events: [
        { step: 'a', at: '2026-09-02T10:00:00Z', note: 'Again' },
        { step: 'a', at: '2026-09-01', emotion: -2, channel: 'web', note: 'Too long' },
        { step: 'zz', at: '2026-09-03', emotion: 1 },
      ],
    },
  ],
};

const PLAIN = [
  'Stage,Step,Lane,Text,Lane key',
  'Stage,Asks,Doing,Calls,actions',
  'Stage,Buys,Doing,Pays,actions',
  'Stage,Asks,Pain points,Waits (severity 4),painPoints',
  'Stage,Buys,Pain points,,painPoints',
  '',
];

describe('the map’s CSV: filter and customer', () => {
  it('writes the plain lanes without a filter or customer', async () => {
    const map = await mountMap(doc, 800, { locale: 'en' });
    expect(map.exportCSV({ bom: false })).to.equal(PLAIN.join('\r\n'));
  });

  it('states the active filter after the header and marks every row of a step as matching or dimmed, as the SVG shades it', async () => {
    const map = await mountMap(doc, 800, { locale: 'en' });
    map.filter = { minSeverity: 4 };
    await settle(map);
    // Only "Asks" has a pain point of severity ≥ 4: "Buys" is dimmed; its rows stay, marked.
    expect(map.exportCSV({ bom: false }).split('\r\n')).to.deep.equal([
      'Stage,Step,Lane,Text,Lane key,Filter',
      ',,Filter,Filter: Severity at least 4. Steps matching: 1 of 2; the other steps are dimmed.,filter,',
      'Stage,Asks,Doing,Calls,actions,Matches',
      'Stage,Buys,Doing,Pays,actions,Dimmed',
      'Stage,Asks,Pain points,Waits (severity 4),painPoints,Matches',
      'Stage,Buys,Pain points,,painPoints,Dimmed',
      '',
    ]);
    // Clearing the filter gives the plain CSV back.
    map.filter = {};
    await settle(map);
    expect(map.exportCSV({ bom: false })).to.equal(PLAIN.join('\r\n'));
  });

  it('writes the opened customer’s lane first: header line, events per step in time order, events off the map', async () => {
    const map = await mountMap(doc, 800, { locale: 'en', customer: 'c-1' });
    // Score: mean(−2, +1) = −0.5 → 38; last event Sep 3 (off the map, "zz"), 28 days before asOf: stalled.
    expect(map.exportCSV({ bom: false }).split('\r\n')).to.deep.equal([
      'Stage,Step,Lane,Text,Lane key',
      ',,Customer ACME,"Segment: SMB\nNow at: zz\nExperience score 38 of 100\nStalled for 28 days",customer',
      'Stage,Asks,Customer ACME,"2026-09-01 · Website · Too long · Felt -2\n2026-09-02T10:00:00Z · Again",customer',
      'Stage,Buys,Customer ACME,,customer',
      ',,Customer ACME,"Events on steps not on this map\nzz: 2026-09-03 · Felt +1",customer',
      ...PLAIN.slice(1),
    ]);
  });

  it('puts both in the map’s language, the filter column marking the customer’s step rows too', async () => {
    const map = await mountMap(doc, 800, { locale: 'ru', customer: 'c-1' });
    map.filter = { minSeverity: 4 };
    await settle(map);
    expect(map.exportCSV({ bom: false }).split('\r\n').slice(0, 6)).to.deep.equal([
      'Этап,Шаг,Слой,Текст,Ключ слоя,Фильтр',
      ',,Фильтр,Фильтр: Критичность не ниже 4. Шагов по фильтру: 1 из 2; остальные шаги приглушены.,filter,',
      ',,Клиент ACME,"Сегмент: SMB\nСейчас на шаге: zz\nОценка опыта 38 из 100\nБез движения 28 дней",customer,',
      'Stage,Asks,Клиент ACME,"2026-09-01 · Website · Too long · Эмоция: -2\n2026-09-02T10:00:00Z · Again",customer,Подходит',
      'Stage,Buys,Клиент ACME,,customer,Приглушён',
      ',,Клиент ACME,"События на шагах, которых нет на карте\nzz: 2026-09-03 · Эмоция: +1",customer,',
    ]);
  });

  it('reads back as the same document: journeyFromCSV skips the filter and customer rows and the filter column', async () => {
    const map = await mountMap(doc, 800, { locale: 'en' });
    const plain = journeyFromCSV(map.exportCSV());
    expect(plain.errors).to.deep.equal([]);
    expect(plain.warnings).to.deep.equal([]);
    for (const locale of ['en', 'ru', 'ro']) {
      map.locale = locale;
      map.customer = 'c-1';
      map.filter = { minSeverity: 4 };
      await settle(map);
      const both = journeyFromCSV(map.exportCSV());
      expect(both.errors, locale).to.deep.equal([]);
      expect(both.warnings, locale).to.deep.equal([]);
      // Lane titles are the locale's default names, read back as kinds: the same document.
      expect(both.journey, locale).to.deep.equal(plain.journey);
      map.customer = undefined;
      map.filter = undefined;
    }
  });
});
