/**
 * Forced colours (Windows High Contrast) for `<journey-flow>`: links, drop-offs, nodes, figures and
 * labels in the user's system colours; the main path in Highlight, loops and drop-offs told apart by
 * dashes rather than by hue. Emulated as in forced-colors.test.ts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/elements/journey-flow/journey-flow.js';
import type { JourneyFlow } from '../../src/elements/journey-flow/journey-flow.component.js';
import type { JourneyDocument } from '../../src/model/types.js';

const forcedColors = (active: boolean) => executeServerCommand('emulate-forced-colors', { active });

function system(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

const journey: JourneyDocument = {
  schemaVersion: 1,
  title: 'Trial',
  stages: [
    {
      id: 'try',
      title: 'Try',
      steps: [
        { id: 'signup', title: 'Signs up', next: [{ step: 'price', share: 0.75 }], exit: { share: 0.25, label: 'Gives up' } },
        { id: 'price', title: 'Checks price', next: [{ step: 'pay', share: 0.5 }, { step: 'signup', share: 0.5 }] },
        { id: 'pay', title: 'Pays', next: [] },
      ],
    },
  ],
};

describe('forced colours: <journey-flow>', () => {
  beforeEach(() => forcedColors(true));
  afterEach(() => forcedColors(false));

  it('draws links in CanvasText, the main path in Highlight, loops and drop-offs dashed, text readable', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 800px"><journey-flow locale="en" .journey=${journey}></journey-flow></div>`);
    const flow = wrapper.querySelector('journey-flow') as JourneyFlow;
    await flow.updateComplete;
    const root = flow.shadowRoot!;
    const css = (selector: string) => getComputedStyle(root.querySelector(selector)!);
    const canvasText = system('CanvasText');
    const highlight = system('Highlight');
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    expect(css('.link--main').stroke).to.equal(highlight);
    expect(css('.arrow--main').fill).to.equal(highlight);
    expect(css('.link--loop').stroke).to.equal(canvasText);
    expect(css('.link--loop').strokeDasharray).to.equal('4px, 3px');
    expect(css('.exit__stroke').stroke).to.equal(canvasText);
    expect(css('.exit__stroke').strokeDasharray).to.equal('4px, 3px');
    // Full strength: nothing left half transparent on a system background.
    expect(css('.link--loop').strokeOpacity).to.equal('1');
    expect(css('.node-label').fill).to.equal(canvasText);
    expect(css('.exit-label').color).to.equal(canvasText);
    expect(css('.figure').fill).to.equal(canvasText);
    expect(css('.swatch--main').backgroundColor).to.equal(highlight);
    // The keyboard focus on a step stays visible: its outline in a system colour, 3 px.
    (root.querySelector('[part="drawing"]') as HTMLElement).focus();
    await sendKeys({ press: 'ArrowRight' });
    await flow.updateComplete;
    const focused = css('.node--focused');
    expect([focused.strokeWidth, [canvasText, highlight].includes(focused.stroke)]).to.deep.equal(['3px', true]);
    await expect(flow).to.be.accessible();
  });
});
