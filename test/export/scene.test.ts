import { expect } from '@open-wc/testing';
import { buildMapScene, type SceneOptions } from '../../src/export/scene.js';
import { sceneText, type SceneNode } from '../../src/export/scene-node.js';
import { all, hasClass } from './scene-fixture.js';
import { spreadLabels } from '../../src/layout/spread-labels.js';
import { LIGHT_PALETTE } from '../../src/export/palette.js';
import { laneTitle } from '../../src/i18n/lane-strings.js';
import type { Locale } from '../../src/i18n/locale.js';
import { colorSlot, MARKER_RADIUS, MOMENT_MARKER_RADIUS } from '../../src/layout/curve-model.js';
import { markerPath, sentimentOf, scaleTicks, emotionY } from '../../src/layout/curve.js';
import { normalizeJourney } from '../../src/model/normalize.js';
import { validateJourney } from '../../src/model/validate.js';
import type { JourneyDocument, NormalizedJourney } from '../../src/model/types.js';
import { bankCardJourneyRu, partnerProgrammeJourneyRo, phoneSystemFutureJourney, phoneSystemJourney, phoneSystemWithIndividuals } from '../../src/samples/index.js';
import { painPointViews } from '../../src/views/pain-points.js';
import { switchViews } from '../../src/views/touchpoints.js';
import { passportJourneyHe } from '../../stories/rtl-hebrew.js';
import { translator } from '../../src/i18n/translator.js';

function normalized(doc: JourneyDocument): NormalizedJourney {
  const result = validateJourney(doc);
  expect(result.errors, 'the sample is valid').to.deep.equal([]);
  return normalizeJourney(result.journey!);
}



const SAMPLES: Array<[string, JourneyDocument, Locale, string, boolean]> = [
  ['phone system (en)', phoneSystemJourney, 'en', 'en', false],
  ['phone system future (en)', phoneSystemFutureJourney, 'en', 'en', false],
  ['bank card (ru)', bankCardJourneyRu, 'ru', 'ru', false],
  ['partner programme (ro)', partnerProgrammeJourneyRo, 'ro', 'ro', false],
  ['with customers (en)', phoneSystemWithIndividuals(60), 'en', 'en', false],
  ['passport (he, right to left)', passportJourneyHe, 'en', 'he', true],
];

describe('export/scene: the exported picture shows what the screen shows', () => {
  for (const [name, doc, locale, intlLocale, rtl] of SAMPLES) {
    it(`draws ${name} with every title, scale label, marker, pain point, moment of truth and switch`, () => {
      const journey = normalized(doc);
      const ctx = { journey, locale, intlLocale };
      const options: SceneOptions = { ctx, laneName: (lane) => laneTitle(lane, translator(locale)), rtl };
      const scene = buildMapScene(journey, options);
      const root = scene.root;

      // Every step title, in its own header.
      const squeezed = (text: string) => text.replace(/\s+/g, '');
      expect(all(root, hasClass('step')).map((node) => squeezed(sceneText(node)))).to.deep.equal(journey.steps.map((step) => squeezed(step.title)));

      // The scale's labels at their grid lines.
      const ticks = scaleTicks(journey.scale, emotionY(journey.scale, 180));
      const tickTexts = all(root, hasClass('tick')).map(sceneText);
      for (const tick of ticks) if (tick.label) expect(tickTexts, 'scale labels').to.include(tick.label);

      // One marker per emotion value, with the screen's shape, and its line in the persona's colour.
      const markers = all(root, hasClass('marker'));
      const expected = journey.seriesIds.flatMap((id) =>
        journey.steps
          .filter((step) => typeof step.emotionByPersona[id] === 'number')
          .map((step) => markerPath(sentimentOf(step.emotionByPersona[id]!, journey.scale), step.momentOfTruth ? MOMENT_MARKER_RADIUS : MARKER_RADIUS)),
      );
      expect(markers.map((marker) => marker.attributes.d)).to.deep.equal(expected);
      const lines = all(root, hasClass('emotion-line--current'));
      expect(lines.map((line) => line.attributes.stroke)).to.deep.equal(
        journey.seriesIds.map((id) => LIGHT_PALETTE.series[colorSlot(journey, id) - 1]),
      );

      // Every pain point (as the screen's view of it), with its category's colour bar and its severity in words.
      const painLane = all(root, (node) => node.attributes['data-lane'] === 'painPoints')[0];
      const painItems = painLane ? painLane.children.filter(hasClass('item')) : [];
      const views = journey.steps.flatMap((step) => painPointViews(step, ctx));
      expect(painItems).to.have.length(views.length);
      views.forEach((view, i) => {
        const text = squeezed(sceneText(painItems[i]));
        expect(text).to.include(squeezed(view.text));
        if (view.severityWords) expect(text).to.include(squeezed(view.severityWords));
        if (view.category) expect(text).to.include(squeezed(view.category));
        const bar = painItems[i].children.find((child) => child.tag === 'rect');
        const family = { financial: 'painFinancial', process: 'painProcess', support: 'painSupport', performance: 'painPerformance', custom: 'painCustom' } as const;
        expect(bar?.attributes.fill).to.equal(LIGHT_PALETTE[family[view.family]]);
      });

      // Moments of truth: a ring on the curve and words under the step's title.
      const moments = journey.steps.filter((step) => step.momentOfTruth === true);
      expect(all(root, hasClass('moment-of-truth'))).to.have.length(moments.length);
      const rings = all(root, hasClass('moment-ring'));
      expect(rings.length).to.equal(
        journey.seriesIds.reduce((sum, id) => sum + moments.filter((step) => typeof step.emotionByPersona[id] === 'number').length, 0),
      );

      // Switch markers where the screen shows them: one small line per step, naming the kinds.
      const switches = journey.steps.map((step, i) => switchViews(step, { ...ctx, previous: journey.steps[i - 1] })).filter((views) => views.length);
      const switchTexts = all(root, (node) => node.tag === 'text').map(sceneText).filter((text) => text.startsWith('⇄'));
      expect(switchTexts).to.deep.equal(switches.map((views) => `⇄ ${views.map((view) => view.label).join(' · ')}`));
    });
  }

  it('mirrors a right-to-left map: row headers on the right, the first step next to them', () => {
    const journey = normalized(passportJourneyHe);
    const scene = buildMapScene(journey, { ctx: { journey, locale: 'en', intlLocale: 'he' }, laneName: (lane) => lane.key, rtl: true });
    const steps = all(scene.root, hasClass('step'));
    const x = (node: SceneNode) => Number(node.children[0].attributes.x);
    expect(x(steps[0])).to.be.above(x(steps[1]));
    const laneNames = all(scene.root, hasClass('lane-name'));
    expect(x(laneNames[0])).to.be.above(scene.width - 160);
  });

  it('lists the personas in the colours of their lines, and only the one the map is filtered to', () => {
    const journey = normalized(phoneSystemJourney);
    const names = (persona?: string) =>
      all(buildMapScene(journey, { ctx: { journey, locale: 'en', intlLocale: 'en', persona }, laneName: (lane) => lane.key }).root, hasClass('persona')).map(sceneText);
    expect(names()).to.deep.equal(journey.personas.map((persona) => persona.name));
    expect(names(journey.personas[1].id)).to.deep.equal([journey.personas[1].name]);
  });
});

describe('export/scene: the emotion lane\'s legend', () => {
  const legend = (doc: JourneyDocument, locale: Locale) => {
    const journey = normalized(doc);
    const scene = buildMapScene(journey, { ctx: { journey, locale, intlLocale: locale }, laneName: (lane) => laneTitle(lane, translator(locale)) });
    return all(scene.root, hasClass('legend')).map(sceneText);
  };

  it('names the customers\' median and middle half as the screen does, in the map\'s language', () => {
    expect(legend(phoneSystemWithIndividuals(60), 'en')).to.include.members(['Customers, median', 'Customers, middle half (quartiles)']);
    expect(legend(phoneSystemWithIndividuals(60), 'ru')).to.include.members(['Клиенты, медиана']);
  });

  it('has no customer entries without customers', () => {
    expect(legend(phoneSystemJourney, 'en')).not.to.include('Customers, median');
  });
});

describe('export/labels: spreadLabels', () => {
  it('leaves labels that do not overlap where they want to be', () => {
    expect(spreadLabels([10, 40, 70], 13, 0, 100)).to.deep.equal([10, 40, 70]);
  });
  it('pushes the lower of two close labels down by the gap, keeping the input order', () => {
    expect(spreadLabels([50, 45], 13, 0, 100)).to.deep.equal([58, 45]);
  });
  it('pushes labels back up from the bottom edge', () => {
    expect(spreadLabels([95, 98, 99], 10, 0, 100)).to.deep.equal([80, 90, 100]);
  });
  it('keeps labels inside the range', () => {
    expect(spreadLabels([-20], 10, 5, 100)).to.deep.equal([5]);
  });
});
