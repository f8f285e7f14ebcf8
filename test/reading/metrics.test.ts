/**
 * Issue "Reading at a glance", item 12: a metric cell says one thing. The target is the primary
 * status when there is one (else the trend), the other line is muted; a change of a percentage is in
 * percentage points; the screen and the export write the units alike.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { LIGHT_PALETTE } from '../../src/export/palette.js';
import { formatMetricChange, formatMetricValue } from '../../src/i18n/metric-format.js';
import type { JourneyDocument } from '../../src/model/types.js';
import { laptopJourney, mapLanes, mountMap, withStep } from '../elements/map-fixture.js';

describe('reading at a glance: metric cells', () => {
  it('writes a change of a percentage in percentage points, in three languages', () => {
    const en = { locale: 'en', intlLocale: 'en-US', unit: '%' } as const;
    expect(formatMetricValue(4.1, en)).to.equal('4.1%');
    expect(formatMetricChange(0.5, en)).to.equal('+0.5\u00a0pp');
    expect(formatMetricChange(-3, { ...en, locale: 'ru', intlLocale: 'ru-RU' })).to.equal('-3\u00a0п.\u00a0п.');
    expect(formatMetricValue(4.1, { ...en, locale: 'ru', intlLocale: 'ru-RU' })).to.equal('4,1\u00a0%');
    expect(formatMetricChange(12, { ...en, locale: 'ro', intlLocale: 'ro-RO' })).to.equal('+12\u00a0p.p.');
    expect(formatMetricChange(1234.5, { locale: 'en', intlLocale: 'en-US', unit: 's' })).to.equal('+1,234.5\u00a0s');
    expect(formatMetricChange(1234.5, { locale: 'en', intlLocale: 'en-US', unit: 's', spoken: true })).to.equal('+1234.5\u00a0s');
    expect(formatMetricChange(0, { locale: 'en', intlLocale: 'en-US' })).to.equal('0');
  });

  function conversionJourney(locale: string): JourneyDocument {
    const journey = withStep(laptopJourney(), 'ask', (step) => ({
      ...step,
      metrics: [
        { metric: 'conv', value: 4.1, previous: 3.6, target: 5 },
        { metric: 'nps', value: 31, previous: 35 },
      ],
    }));
    return {
      ...journey,
      locale,
      metrics: [
        { id: 'conv', label: 'Conversion', unit: '%' },
        { id: 'nps', label: 'NPS' },
      ],
      lanes: [{ kind: 'metrics' }],
    };
  }

  it('colours one status: the target when there is one, the trend muted beside it; the trend alone otherwise', async () => {
    const map = await mountMap(conversionJourney('en'), 1200, { lanes: 'metrics', theme: 'light' });
    const cell = mapLanes(map)[0]!.gridCells()[2]!;
    const [conversion, nps] = Array.from(cell.querySelectorAll<HTMLElement>('.metric'));
    const colour = (element: Element) => getComputedStyle(element).color;
    const target = conversion!.querySelector('.target')!;
    const trend = conversion!.querySelector('.trend')!;
    // Better than before, yet the target is missed: the target speaks (red), "better" is muted grey.
    expect(colour(target)).to.equal('rgb(185, 28, 28)');
    expect(colour(trend)).to.equal('rgb(75, 85, 99)');
    expect(colour(trend.querySelector('.trend__word')!)).to.equal('rgb(75, 85, 99)');
    // The primary status comes first, right under the value.
    expect(target.compareDocumentPosition(trend) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(trend.textContent!.replace(/[ \n]+/g, ' ').trim()).to.equal('▲ +0.5\u00a0pp (was 3.6%) · better');
    // Without a target, the trend is the status and keeps its colour.
    expect(colour(nps!.querySelector('.trend')!)).to.equal('rgb(185, 28, 28)');
    await expect(map).to.be.accessible();
  });

  it('writes the units in the export as on screen, and colours the same status', async () => {
    const map = await mountMap(conversionJourney('ru'), 1200, { lanes: 'metrics', theme: 'light', locale: 'ru' });
    const cell = mapLanes(map)[0]!.gridCells()[2]!;
    const squeeze = (value: string) => value.replace(/\s+/g, '');
    const shown = Array.from(cell.querySelectorAll('.metric .target, .metric .trend'), (element) => squeeze(element.textContent!));
    expect(shown).to.deep.equal([squeeze('Цель 5 % · ✗ не достигнута'), squeeze('▲ +0,5 п. п. (было 3,6 %) · лучше'), squeeze('▼ -4 (было 35) · хуже')]);
    const svg = new DOMParser().parseFromString(map.exportSVG(), 'image/svg+xml');
    const texts = Array.from(svg.querySelectorAll('[data-lane="metrics"] text'));
    const drawn = texts.map((text) => squeeze(text.textContent!));
    for (const line of shown) expect(drawn, line).to.include(line);
    const fill = (line: string) => texts[drawn.indexOf(line)]!.getAttribute('fill');
    expect([fill(shown[0]!), fill(shown[1]!), fill(shown[2]!)]).to.deep.equal([LIGHT_PALETTE.bad, LIGHT_PALETTE.muted, LIGHT_PALETTE.bad]);
  });
});
