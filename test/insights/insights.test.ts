import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/journey-map/journey-map.js';
import type { StageLane } from '../../src/elements/stage-lane/stage-lane.component.js';
import { evidenceCountText } from '../../src/elements/shared/evidence-count.js';
import { evidenceSummary } from '../../src/layout/evidence.js';
import { cellText } from '../../src/layout/export-csv.js';
import { normalizeJourney } from '../../src/model/normalize.js';
import type { JourneyDocument, JourneyProblem } from '../../src/model/types.js';
import { validateJourney } from '../../src/model/validate.js';
import { laptopJourney, mountMap, settle } from '../elements/map-fixture.js';
import { translator } from '../../src/i18n/translator.js';

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const codes = (problems: JourneyProblem[]) => problems.map((problem) => [problem.code, problem.path]);

/** The laptop journey with research behind "Asks sales" and a planned idea. */
function withInsights(): JourneyDocument {
  const doc = laptopJourney();
  const ask = doc.stages[0].steps![1];
  ask.insights = [
    { kind: 'quote', text: 'I waited twenty minutes', source: 'Interview 7', at: '2026-03-02', n: 1 },
    { kind: 'quote', text: 'Nobody picked up', source: 'interview 7' },
    { kind: 'observation', text: 'Callers hang up after 5 minutes', source: 'Call centre visit', url: 'https://example.com/visit' },
    { kind: 'data', text: '31 % abandon here', source: 'GA4', n: 3400 },
    { kind: 'data', text: '12 % call twice', source: 'Telephony', n: 800 },
  ];
  ask.opportunities = [{ text: 'Call-back queue', status: 'planned' }];
  doc.lanes = [{ kind: 'actions' }, { kind: 'opportunities' }, { kind: 'insights' }];
  return doc;
}

describe('insights', () => {
  describe('validation', () => {
    it('accepts insights and opportunity statuses', () => {
      const result = validateJourney(withInsights());
      expect(codes(result.errors)).to.deep.equal([]);
      expect(codes(result.warnings)).to.deep.equal([]);
    });

    it('reports a bad kind, missing text, a wrong n and a bad status with their paths', () => {
      const doc = withInsights();
      const ask = doc.stages[0].steps![1];
      ask.insights = [{ kind: 'rumour', text: 'x' }, { text: 'no kind' }, { kind: 'data', n: '3400' }] as never;
      ask.opportunities = [{ text: 'x', status: 'someday' }] as never;
      const path = '/stages/0/steps/1';
      expect(codes(validateJourney(doc).errors)).to.deep.equal([
        ['invalid-value', `${path}/opportunities/0/status`],
        ['invalid-value', `${path}/insights/0/kind`],
        ['missing-field', `${path}/insights/1/kind`],
        ['missing-field', `${path}/insights/2/text`],
        ['wrong-type', `${path}/insights/2/n`],
      ]);
    });

    it('drops an unsafe link and a bad date with a warning, keeping the insight', () => {
      const doc = withInsights();
      doc.stages[0].steps![1].insights = [{ kind: 'quote', text: 'Hi', url: 'javascript:alert(1)', at: '2026-13-01' }];
      const result = validateJourney(doc, { locale: 'ru' });
      expect(codes(result.warnings)).to.deep.equal([
        ['invalid-date', '/stages/0/steps/1/insights/0/at'],
        ['unsafe-url', '/stages/0/steps/1/insights/0/url'],
      ]);
      expect(result.warnings[1].message).to.match(/^Адрес/);
      expect(result.journey!.stages[0].steps![1].insights).to.deep.equal([{ kind: 'quote', text: 'Hi' }]);
    });
  });

  describe('evidenceSummary', () => {
    it('counts distinct sources of quotes and observations, and the largest n of data', () => {
      expect(evidenceSummary(withInsights().stages[0].steps![1].insights)).to.deep.equal({
        byKind: { quote: 2, observation: 1, data: 2 },
        // "Interview 7" twice (case ignored) and the call centre visit.
        sources: 2,
        n: 3400,
      });
      expect(evidenceSummary([{ kind: 'quote', text: 'a' }, { kind: 'quote', text: 'b' }, { kind: 'data', text: 'c' }])).to.deep.equal({
        byKind: { quote: 2, observation: 0, data: 1 },
        sources: 2,
        n: undefined,
      });
      expect(evidenceSummary([])).to.equal(undefined);
      expect(evidenceSummary([{ kind: 'gossip', text: 'a' }, { kind: 'quote', text: ' ' }, null])).to.equal(undefined);
    });

    it('says it in words, with plurals and number formats of each language', () => {
      const insights = withInsights().stages[0].steps![1].insights;
      expect(evidenceCountText(insights, translator('en'))).to.equal('2 sources · n = 3,400');
      expect(evidenceCountText(insights, translator('ru'))).to.equal('2 источника · n = 3\u00a0400');
      expect(evidenceCountText(insights, translator('ro'))).to.equal('2 surse · n = 3.400');
      const five = Array.from({ length: 5 }, (_, i) => ({ kind: 'quote', text: 'q', source: `I${i}` }));
      expect(evidenceCountText(five, translator('ru'))).to.equal('5 источников');
      expect(evidenceCountText(five.slice(0, 1), translator('en'))).to.equal('1 source');
      const many = Array.from({ length: 21 }, (_, i) => ({ kind: 'quote', text: 'q', source: `I${i}` }));
      expect(evidenceCountText(many, translator('ro'))).to.equal('21 de surse');
      expect(evidenceCountText([{ kind: 'data', text: 'x' }], translator('en'))).to.equal(undefined);
    });
  });

  it('the CSV and the export read insights and statuses as text', () => {
    const journey = normalizeJourney(validateJourney(withInsights()).journey!);
    const ask = journey.steps[1];
    const lane = (kind: string) => journey.lanes.find((one) => one.kind === kind)!;
    expect(cellText(lane('insights'), ask, { journey, locale: 'en', intlLocale: 'en' }).split('\n')).to.deep.equal([
      'quote: I waited twenty minutes (Interview 7; 2026-03-02; n 1)',
      'quote: Nobody picked up (interview 7)',
      'observation: Callers hang up after 5 minutes (Call centre visit; https://example.com/visit)',
      'data: 31 % abandon here (GA4; n 3400)',
      'data: 12 % call twice (Telephony; n 800)',
    ]);
    expect(cellText(lane('opportunities'), ask, { journey, locale: 'en', intlLocale: 'en' })).to.equal('Call-back queue (status planned)');
  });

  describe('in the map', () => {
    it('shows an insights lane, the evidence count in the step header, and the status', async () => {
      const map = await mountMap(withInsights());
      const root = map.shadowRoot!;
      const header = root.querySelector('[role="columnheader"][data-step-id="ask"]')!;
      const count = header.querySelector('[part="evidence-count"]')!;
      expect(text(count.querySelector('[aria-hidden="true"]'))).to.equal('2 sources · n = 3,400');
      expect(text(count.querySelector('.visually-hidden'))).to.equal('Research behind this step: 2 sources · n = 3,400');
      // Next to the existing evidence level.
      expect(count.previousElementSibling?.getAttribute('part')).to.equal('evidence');
      expect(root.querySelector('[role="columnheader"][data-step-id="search"] [part="evidence-count"]')).to.equal(null);

      const lanes = Array.from(root.querySelectorAll<StageLane>('.lanes > stage-lane'));
      const insightsLane = lanes.find((lane) => lane.laneKey === 'insights')!;
      expect(text(insightsLane.shadowRoot!.querySelector('[role="rowheader"]'))).to.include('Evidence');
      const cell = insightsLane.gridCells().find((one) => one.dataset.stepId === 'ask')!;
      const items = Array.from(cell.querySelectorAll('.insight'));
      expect(items.map((item) => text(item.querySelector('.insight__kind')))).to.deep.equal(['Quote', 'Quote', 'Observation', 'Data', 'Data']);
      expect(cell.querySelector('q')!.textContent).to.equal('I waited twenty minutes');
      expect(text(items[0].querySelector('.meta'))).to.equal('Interview 7 Mar 2, 2026 n = 1');
      const link = cell.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('https://example.com/visit');
      expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(text(link)).to.equal('Call centre visit');

      const ideas = lanes.find((lane) => lane.laneKey === 'opportunities')!;
      const idea = ideas.gridCells().find((one) => one.dataset.stepId === 'ask')!;
      expect(text(idea.querySelector('.opportunity__chip--status'))).to.equal('Status planned');
      await expect(map).to.be.accessible();
    });

    it('speaks Russian', async () => {
      const map = await mountMap(withInsights(), 1200, { locale: 'ru' });
      const root = map.shadowRoot!;
      const count = root.querySelector('[data-step-id="ask"] [part="evidence-count"] [aria-hidden="true"]');
      expect(text(count)).to.equal('2 источника · n = 3 400');
      const lanes = Array.from(root.querySelectorAll<StageLane>('.lanes > stage-lane'));
      const cell = lanes.find((lane) => lane.laneKey === 'insights')!.gridCells().find((one) => one.dataset.stepId === 'ask')!;
      expect(text(cell.querySelector('.insight__kind'))).to.equal('Цитата');
      expect(text(cell.querySelector('.meta'))).to.equal('Interview 7 2 мар. 2026 г. n = 1');
    });

    it('a standalone insights lane renders the same cells', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 900px"></div>`);
      const lane = document.createElement('stage-lane') as StageLane;
      lane.setAttribute('kind', 'insights');
      lane.journey = withInsights();
      wrapper.append(lane);
      await settle(lane);
      const cell = lane.gridCells().find((one) => one.dataset.stepId === 'ask')!;
      expect(cell.querySelectorAll('.insight').length).to.equal(5);
      await expect(lane).to.be.accessible();
    });
  });
});
