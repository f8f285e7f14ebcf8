import { expect, fixture, html } from '@open-wc/testing';
import { normalizeJourney } from '../../src/model/normalize.js';
import { insightViews } from '../../src/views/insights.js';
import { quoteMarks } from '../../src/i18n/locale.js';
import type { CellContext } from '../../src/views/context.js';
import type { JourneyDocument } from '../../src/model/types.js';
import type { JourneyMap } from '../../src/elements/journey-map/journey-map.component.js';
import '../../src/define.js';

const doc: JourneyDocument = {
  schemaVersion: 1,
  title: 'Карта',
  locale: 'ru',
  lanes: [{ kind: 'insights' }],
  stages: [
    {
      id: 's',
      title: 'Этап',
      steps: [
        {
          id: 'a',
          title: 'Звонит',
          insights: [
            { kind: 'quote', text: 'Долго ждал ответа', source: 'Интервью 7', at: '2026-03-02', url: 'javascript:alert(1)' },
            { kind: 'data', text: 'Среднее ожидание 9 минут', n: 3400, url: 'https://example.com/report' },
            { kind: 'observation', text: 'Кладёт трубку' },
          ],
        },
      ],
    },
  ],
};

function context(locale: 'en' | 'ru', intlLocale: string): CellContext {
  return { journey: normalizeJourney(doc), locale, intlLocale };
}

describe('insightViews', () => {
  it('names each kind, its source, date and n in the map language, links only with a safe scheme', () => {
    const ctx = context('ru', 'ru');
    const views = insightViews(ctx.journey.steps[0], ctx);
    expect(views.map((view) => view.kindLabel)).to.deep.equal(['Цитата', 'Данные', 'Наблюдение']);
    // A javascript: link is dropped; the named source stays as text.
    expect(views[0].source).to.deep.equal({ label: 'Интервью 7' });
    expect(views[0].date?.iso).to.equal('2026-03-02');
    expect(views[0].date?.text).to.equal(new Intl.DateTimeFormat('ru', { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(2026, 2, 2)));
    // A link without a source is called "Source" in the map's language.
    expect(views[1].source).to.deep.equal({ label: 'Источник', href: 'https://example.com/report', title: 'Открыть источник: Источник' });
    expect(views[1].n).to.equal(`n = ${new Intl.NumberFormat('ru').format(3400)}`);
    expect(views[2]).to.deep.equal({ kind: 'observation', kindLabel: 'Наблюдение', text: 'Кладёт трубку' });
  });

  it('takes the host overrides of the kind words', () => {
    const ctx = { ...context('en', 'en'), strings: { 'insight.quote': 'Verbatim' } };
    expect(insightViews(ctx.journey.steps[0], ctx)[0].kindLabel).to.equal('Verbatim');
  });

  it('quotes in the quotation marks of the document language', () => {
    expect(quoteMarks('ru')).to.deep.equal(['«', '»']);
    expect(quoteMarks('ro-MD')).to.deep.equal(['„', '”']);
    expect(quoteMarks('en')).to.deep.equal(['“', '”']);
    expect(quoteMarks(undefined)).to.deep.equal(['“', '”']);
    expect(quoteMarks(42)).to.deep.equal(['“', '”']);
  });
});

describe('the evidence lane on screen and in the export', () => {
  it('says the same words in both: kind, quoted text, source · date · n; no raw field names', async () => {
    const map = await fixture<JourneyMap>(html`<journey-map locale="ru" .journey=${doc}></journey-map>`);
    await map.updateComplete;
    const lane = map.shadowRoot!.querySelector('stage-lane')!;
    await lane.updateComplete;
    const kinds = Array.from(lane.shadowRoot!.querySelectorAll('.insight__kind')).map((node) => node.textContent?.trim());
    expect(kinds).to.deep.equal(['Цитата', 'Данные', 'Наблюдение']);
    expect(lane.shadowRoot!.querySelector('a.insight__source')?.getAttribute('href')).to.equal('https://example.com/report');
    expect(lane.shadowRoot!.querySelector('time')?.getAttribute('datetime')).to.equal('2026-03-02');

    const svg = new DOMParser().parseFromString(map.exportSVG(), 'image/svg+xml');
    const texts = Array.from(svg.querySelectorAll('text')).map((node) => node.textContent ?? '');
    expect(texts).to.include('Цитата');
    expect(texts).to.include('«Долго ждал ответа»');
    expect(texts).to.include('Среднее ожидание 9 минут');
    expect(texts.some((text) => text.startsWith('Источник · ') || text === `Источник · n = ${new Intl.NumberFormat('ru').format(3400)}`)).to.equal(true);
    expect(texts.join('\n')).not.to.match(/quote:|цитата:|javascript/i);
  });
});
