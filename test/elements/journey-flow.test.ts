import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/elements/journey-flow/journey-flow.js';
import type { JourneyFlow } from '../../src/elements/journey-flow/journey-flow.component.js';
import type { JourneyErrorEvent, JourneySelectEvent } from '../../src/events.js';
import type { JourneyDocument } from '../../src/model/types.js';
import { flowString } from '../../src/i18n/flow-strings.js';
import { deepActiveElement } from './map-fixture.js';
import { translator } from '../../src/i18n/translator.js';

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Signs up → Checks price (75 %) or straight to Pays (10 %), 15 % give up; Checks price → Pays or back. */
function trial(): JourneyDocument {
  return {
    schemaVersion: 1,
    title: 'Trial',
    stages: [
      {
        id: 'try',
        title: 'Try',
        steps: [
          {
            id: 'signup',
            title: 'Signs up',
            next: [
              { step: 'price', share: 0.75, count: 3000 },
              { step: 'pay', share: 0.1, count: 400 },
            ],
            exit: { share: 0.15, count: 600, label: 'Gives up' },
          },
          {
            id: 'price',
            title: 'Checks price',
            next: [
              { step: 'pay', share: 0.5, count: 1500 },
              { step: 'signup', share: 0.25, count: 750 },
            ],
          },
        ],
      },
      { id: 'buy', title: 'Buy', steps: [{ id: 'pay', title: 'Pays', next: [] }] },
    ],
  };
}

async function flowOf(journey: unknown = trial(), attributes = html``): Promise<JourneyFlow> {
  const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 900px">
    <journey-flow locale="en" .journey=${journey}></journey-flow>${attributes}
  </div>`);
  const flow = wrapper.querySelector('journey-flow')!;
  await flow.updateComplete;
  return flow;
}

const root = (flow: JourneyFlow) => flow.shadowRoot!;
const announced = (flow: JourneyFlow) => text(root(flow).querySelector('[role="status"]'));

/** Opens the table alternative as a user does (its summary), once its rows are built. */
async function openTable(flow: JourneyFlow): Promise<HTMLDetailsElement> {
  const details = root(flow).querySelector('details')!;
  const toggled = oneEvent(details, 'toggle');
  root(flow).querySelector('summary')!.click();
  await toggled;
  await flow.updateComplete;
  return details;
}

/** The centre of an element in page pixels, for `sendMouse`. */
function centre(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

async function press(flow: JourneyFlow, key: string): Promise<string> {
  await sendKeys({ press: key });
  await flow.updateComplete;
  return announced(flow);
}

describe('<journey-flow>', () => {
  it('draws a node per step, a link per transition and a drop-off per exit, with their figures', async () => {
    const flow = await flowOf();
    const labels = Array.from(root(flow).querySelectorAll('.node-label')).map(text);
    expect(labels).to.deep.equal(['Signs up', 'Checks price', 'Pays']);
    expect(root(flow).querySelectorAll('.link')).to.have.length(4);
    expect(root(flow).querySelectorAll('.link--loop')).to.have.length(1);
    expect(root(flow).querySelectorAll('.link--skip')).to.have.length(1);
    expect(Array.from(root(flow).querySelectorAll('.figure')).map(text)).to.deep.equal(['75%', '10%', '50%', '25%']);
    expect(Array.from(root(flow).querySelectorAll('.exit-label')).map(text)).to.deep.equal(['15% Gives up']);
    // Every row has a count: widths by count, 3000 the widest (24 px), 400 → 2 + 22 × 400 / 3000.
    const widths = Array.from(root(flow).querySelectorAll('.link')).map((path) => path.getAttribute('stroke-width'));
    expect(widths).to.deep.equal(['24', '4.93', '13', '7.5']);
    expect(root(flow).querySelector('.exit__stroke')?.getAttribute('stroke-width')).to.equal('6.4');
    // The main path: Signs up → Checks price → Pays.
    expect(Array.from(root(flow).querySelectorAll('.link--main')).map((link) => link.getAttribute('data-link'))).to.deep.equal(['0', '2']);
    expect(text(root(flow).querySelector('[part="source"]'))).to.equal('Shares and counts as written in the document.');
  });

  it('sets the source note at the start of a right-to-left page, read in the UI\'s direction', async () => {
    document.documentElement.dir = 'rtl';
    try {
      const flow = await flowOf();
      const note = root(flow).querySelector<HTMLElement>('[part="source"]')!;
      const run = note.querySelector<HTMLElement>('span[dir]')!;
      expect(run.getAttribute('dir')).to.equal('ltr');
      // The words end at the paragraph's right edge (its start), not at its left.
      expect(run.getBoundingClientRect().right).to.be.closeTo(note.getBoundingClientRect().right, 1.5);
      expect(text(note)).to.equal('Shares and counts as written in the document.');
    } finally {
      document.documentElement.dir = 'ltr';
    }
  });

  it('wraps a long step title to its node in two lines, cut with … and shown whole on hover', async () => {
    const journey = trial();
    const long = 'Compares the price of every plan with what the competitors ask for the same number of seats';
    journey.stages[0].steps![1].title = long;
    journey.stages[1].steps![0].title = 'משלם';
    const flow = await flowOf(journey);
    const label = root(flow).querySelector('.node-label[data-step="1"]')!;
    const lines = Array.from(label.querySelectorAll('tspan'));
    expect(lines.map((line) => line.textContent!.slice(0, 8))).to.deep.equal(['Compares', lines[1].textContent!.slice(0, 8)]);
    expect(lines[1].textContent!.endsWith('…')).to.equal(true);
    expect(label.querySelector('title')?.textContent).to.equal(long);
    // Inside the node, 6 px clear of its sides (a pixel of rounding allowed).
    const node = root(flow).querySelector('rect.node[data-step="1"]')!.getBoundingClientRect();
    for (const line of lines) {
      const box = line.getBoundingClientRect();
      expect([box.left >= node.left + 5, box.right <= node.right - 5, box.top >= node.top, box.bottom <= node.bottom]).to.deep.equal([true, true, true, true]);
    }
    // A short title: one line, nothing cut, no tooltip; a Hebrew one reads right to left.
    const short = root(flow).querySelector('.node-label[data-step="0"]')!;
    expect([short.querySelectorAll('tspan').length, text(short), short.querySelector('title')]).to.deep.equal([0, 'Signs up', null]);
    expect(root(flow).querySelector('.node-label[data-step="2"]')!.getAttribute('direction')).to.equal('rtl');
  });

  it('redraws for a new document, and keeps the same drawing while only the focus moves', async () => {
    const flow = await flowOf();
    const drawing = root(flow).querySelector('svg.svg');
    (root(flow).querySelector('[part="drawing"]') as HTMLElement).focus();
    await press(flow, 'End');
    expect(root(flow).querySelector('svg.svg')).to.equal(drawing);
    expect(root(flow).querySelector('.arrow--faded')).to.exist;
    const changed = trial();
    changed.stages[0].steps![0].title = 'Starts a trial';
    flow.journey = changed;
    await flow.updateComplete;
    expect(root(flow).querySelector('svg.svg')).not.to.equal(drawing);
    expect(text(root(flow).querySelector('.node-label[data-step="0"]'))).to.equal('Starts a trial');
    // A new document starts without a focus: nothing lit or faded.
    expect(root(flow).querySelectorAll('.link--faded, .arrow--faded, .node--focused')).to.have.length(0);
  });

  it('names colours and arc shapes in its legend, and fades its far edge only while it is wider than its room', async () => {
    const flow = await flowOf();
    expect(Array.from(root(flow).querySelectorAll('.legend li')).map(text)).to.deep.equal([
      'Main path',
      'Other ways',
      'Loop back (arc above)',
      'Skip ahead (arc below)',
      'Drop-off',
    ]);
    // Three 140 px columns fit in 900 px: nothing to scroll to.
    expect(root(flow).querySelector('.scroller')!.classList.contains('scroller--more')).to.equal(false);
    const narrow = await fixture<HTMLElement>(html`<div style="inline-size: 300px"><journey-flow locale="en" .journey=${trial()}></journey-flow></div>`);
    const small = narrow.querySelector('journey-flow')!;
    await small.updateComplete;
    const scroller = root(small).querySelector('.scroller')!;
    expect(scroller.classList.contains('scroller--more')).to.equal(true);
    expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
    expect(getComputedStyle(scroller).maskImage).to.contain('linear-gradient');
  });

  it('has one tab stop in the drawing; arrows move along links and the focus is announced', async () => {
    const flow = await flowOf();
    const focusable = Array.from(root(flow).querySelectorAll('.scroller [tabindex="0"], .scroller button, .scroller a'));
    expect(focusable).to.have.length(1);
    (root(flow).querySelector('[part="drawing"]') as HTMLElement).focus();
    expect(deepActiveElement()?.getAttribute('part')).to.equal('drawing');
    expect(await press(flow, 'ArrowRight')).to.equal('Signs up (ways out: 3, ways in: 1)');
    expect(await press(flow, 'ArrowRight')).to.equal('Signs up → Checks price: 75%, 3000 customers');
    expect(await press(flow, 'ArrowDown')).to.equal('Signs up → Pays: 10%, 400 customers');
    expect(await press(flow, 'ArrowDown')).to.equal('Signs up → Leaves the journey: 15%, 600 customers (Gives up)');
    expect(await press(flow, 'ArrowUp')).to.equal('Signs up → Pays: 10%, 400 customers');
    expect(await press(flow, 'ArrowUp')).to.equal('Signs up → Checks price: 75%, 3000 customers');
    expect(await press(flow, 'ArrowRight')).to.equal('Checks price (ways out: 2, ways in: 1)');
    // Counts are read without group separators.
    expect(await press(flow, 'ArrowRight')).to.equal('Checks price → Pays: 50%, 1500 customers');
    expect(await press(flow, 'ArrowLeft')).to.equal('Checks price (ways out: 2, ways in: 1)');
    expect(await press(flow, 'ArrowUp')).to.equal('Signs up (ways out: 3, ways in: 1)');
    expect(await press(flow, 'ArrowLeft')).to.equal('Checks price → Signs up: 25%, 750 customers (loop back)');
    expect(await press(flow, 'End')).to.equal('Pays (ways out: 0, ways in: 2)');
    expect(await press(flow, 'Escape')).to.equal('');
  });

  it('highlights the links of the focused step and fades the others', async () => {
    // Without the fade's transition, so the opacities read are the ones it ends at.
    await emulateMedia({ reducedMotion: 'reduce' });
    const flow = await flowOf();
    (root(flow).querySelector('[part="drawing"]') as HTMLElement).focus();
    await press(flow, 'End');
    const lit = Array.from(root(flow).querySelectorAll('.link--lit')).map((link) => link.getAttribute('data-link'));
    expect(lit).to.deep.equal(['1', '2']);
    expect(root(flow).querySelectorAll('.link--faded')).to.have.length(2);
    expect(root(flow).querySelector('.node--focused')?.getAttribute('data-step')).to.equal('2');
    // Every arrowhead fades, the lit links' own are drawn again at full strength over them.
    const opacity = (element: Element) => getComputedStyle(element).opacity;
    expect(Array.from(root(flow).querySelectorAll('.links > .arrow')).map(opacity)).to.deep.equal(['0.25', '0.25', '0.25']);
    expect(Array.from(root(flow).querySelectorAll('.lit-arrows .arrow')).map(opacity)).to.deep.equal(['1', '1']);
    await press(flow, 'Escape');
    expect(root(flow).querySelectorAll('.lit-arrows .arrow, .arrow--faded, .link--faded')).to.have.length(0);
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('builds the table alternative only while it is open', async () => {
    const flow = await flowOf();
    const details = root(flow).querySelector('details')!;
    expect(details.open).to.be.false;
    expect(text(details.querySelector('summary'))).to.equal('Transitions and exits');
    expect(details.querySelector('table, tr, [part="download"]')).to.be.null;
    await openTable(flow);
    expect(details.querySelectorAll('tbody tr')).to.have.length(5);
    expect(details.querySelector('[part="download"]')).to.exist;
    const closed = oneEvent(details, 'toggle');
    root(flow).querySelector('summary')!.click();
    await closed;
    await flow.updateComplete;
    expect(details.querySelector('table')).to.be.null;
  });

  it('draws the links’ pointer targets once a pointer comes over the drawing; a click on a link selects it', async () => {
    const flow = await flowOf();
    expect(root(flow).querySelectorAll('.link__hit')).to.have.length(0);
    await sendMouse({ type: 'move', position: centre(root(flow).querySelector('rect.node[data-step="0"]')!) });
    await flow.updateComplete;
    // Hovering a step still lights its links.
    expect(root(flow).querySelector('.node--lit')?.getAttribute('data-step')).to.equal('0');
    const hits = Array.from(root(flow).querySelectorAll('.link__hit'));
    expect(hits.map((hit) => hit.getAttribute('data-link') ?? `exit ${hit.getAttribute('data-exit')}`)).to.deep.equal(['0', '1', '2', '3', 'exit 0']);
    // At least 12 px wide, on the link's own path.
    const stroke = root(flow).querySelector('.link[data-link="1"]')!;
    expect(hits[1].getAttribute('d')).to.equal(stroke.getAttribute('d'));
    expect(Number(hits[1].getAttribute('stroke-width'))).to.be.at.least(12);
    const path = hits[0] as SVGPathElement;
    const middle = path.getPointAtLength(path.getTotalLength() / 2).matrixTransform(path.getScreenCTM()!);
    const selected = oneEvent(flow, 'journey-select') as Promise<JourneySelectEvent>;
    await sendMouse({ type: 'click', position: [Math.round(middle.x), Math.round(middle.y)] });
    expect((await selected).detail).to.deep.equal({ stageId: 'try', stepId: 'signup', lane: 'flow', toStepId: 'price' });
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('rings the focused link or drop-off with one wide stroke on its path', async () => {
    const flow = await flowOf();
    (root(flow).querySelector('[part="drawing"]') as HTMLElement).focus();
    await press(flow, 'ArrowRight');
    expect(root(flow).querySelector('.focus-ring')).to.be.null;
    await press(flow, 'ArrowRight');
    const rings = root(flow).querySelectorAll('.focus-ring');
    expect(rings).to.have.length(1);
    expect(rings[0].getAttribute('d')).to.equal(root(flow).querySelector('.link--focused')!.getAttribute('d'));
    expect(Number(rings[0].getAttribute('stroke-width'))).to.be.at.least(12);
  });

  it('Enter selects: a step with its stage, a link also with its target step', async () => {
    const flow = await flowOf();
    (root(flow).querySelector('[part="drawing"]') as HTMLElement).focus();
    await press(flow, 'ArrowRight');
    let event = oneEvent(flow, 'journey-select') as Promise<JourneySelectEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await event).detail).to.deep.equal({ stageId: 'try', stepId: 'signup', lane: 'flow' });
    await press(flow, 'ArrowRight');
    event = oneEvent(flow, 'journey-select') as Promise<JourneySelectEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await event).detail).to.deep.equal({ stageId: 'try', stepId: 'signup', lane: 'flow', toStepId: 'price' });
  });

  it('mirrors right to left: the first step on the right, ArrowLeft goes forward', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div dir="rtl" style="inline-size: 900px"><journey-flow locale="en" .journey=${trial()}></journey-flow></div>`);
    const flow = wrapper.querySelector('journey-flow')!;
    await flow.updateComplete;
    const nodes = Array.from(root(flow).querySelectorAll<SVGRectElement>('rect.node')).map((node) => Number(node.getAttribute('x')));
    expect(nodes[0]).to.be.greaterThan(nodes[1]);
    expect(nodes[1]).to.be.greaterThan(nodes[2]);
    (root(flow).querySelector('[part="drawing"]') as HTMLElement).focus();
    await press(flow, 'ArrowLeft');
    expect(await press(flow, 'ArrowLeft')).to.equal('Signs up → Checks price: 75%, 3000 customers');
    expect(await press(flow, 'ArrowRight')).to.equal('Signs up (ways out: 3, ways in: 1)');
  });

  it('formats shares and counts in Russian and Romanian', async () => {
    const flow = await flowOf();
    flow.locale = 'ru';
    await flow.updateComplete;
    // A no-break space before the per cent sign, as Intl writes it in ru and ro.
    expect(root(flow).querySelector('.figure')?.textContent).to.equal('75\u00a0%');
    expect(text(root(flow).querySelector('[part="source"]'))).to.equal('Доли и количества указаны в документе.');
    flow.locale = 'ro';
    await flow.updateComplete;
    expect(root(flow).querySelector('.figure')?.textContent).to.equal('75\u00a0%');
    expect(text(root(flow).querySelector('.table summary'))).to.equal('Tranziții și ieșiri');
  });

  it('lists every transition and exit in a table, and exports them as CSV', async () => {
    const flow = await flowOf();
    await openTable(flow);
    const rows = Array.from(root(flow).querySelectorAll('tbody tr')).map((row) => Array.from(row.children).map(text));
    expect(rows).to.deep.equal([
      ['Signs up', 'Checks price', '75%', '3,000'],
      ['Signs up', 'Pays', '10%', '400'],
      ['Checks price', 'Pays', '50%', '1,500'],
      ['Checks price', 'Signs up (loop back)', '25%', '750'],
      ['Signs up', 'Leaves the journey (Gives up)', '15%', '600'],
    ]);
    expect(flow.exportCSV({ bom: false })).to.equal(
      [
        'From,To,Share,Customers,Label',
        'Signs up,Checks price,0.75,3000,',
        'Signs up,Pays,0.1,400,',
        'Checks price,Pays,0.5,1500,',
        'Checks price,Signs up,0.25,750,',
        'Signs up,Leaves the journey,0.15,600,Gives up',
        '',
      ].join('\r\n'),
    );
    expect(flow.exportCSV().startsWith('\uFEFF')).to.be.true;
  });

  it('exports the whole flow as SVG and PNG, in its colours, language and direction', async () => {
    const flow = await flowOf(trial(), html``);
    flow.locale = 'ro';
    flow.style.setProperty('--journey-accent', '#123456');
    await flow.updateComplete;
    const svg = new DOMParser().parseFromString(flow.exportSVG(), 'image/svg+xml');
    expect(svg.querySelector('parsererror')).to.equal(null);
    const root = svg.documentElement;
    // Three 200 px columns, whatever the screen's width.
    expect(root.getAttribute('width')).to.equal('600');
    expect(Array.from(svg.querySelectorAll('.node')).map((node) => node.textContent)).to.deep.equal(['Signs up', 'Checks price', 'Pays']);
    expect(Array.from(svg.querySelectorAll('.figure')).map((node) => node.textContent!.replace(/\s/g, ' '))).to.deep.equal(['75 %', '10 %', '50 %', '25 %']);
    expect(svg.querySelector('.exit-label')?.textContent?.replace(/\s/g, ' ')).to.equal('15 %Gives up');
    expect(svg.querySelector('.link--main path')?.getAttribute('stroke')).to.equal('#123456');
    expect(svg.querySelector('.source')?.textContent).to.equal(flowString(translator('ro'), 'flow.source.explicit'));

    const png = await flow.exportPNG({ scale: 1 });
    expect(png.type).to.equal('image/png');
    const bitmap = await createImageBitmap(png);
    expect([bitmap.width, bitmap.height]).to.deep.equal([600, Number(root.getAttribute('height'))]);

    flow.setAttribute('dir', 'rtl');
    await flow.updateComplete;
    const mirrored = new DOMParser().parseFromString(flow.exportSVG(), 'image/svg+xml');
    // The first step's node on the right: centred at 500 of 600.
    expect(mirrored.querySelector('.nodes rect')?.getAttribute('x')).to.equal('420');
    const empty = document.createElement('journey-flow');
    expect(empty.exportSVG()).to.equal('');
    let rejected: unknown;
    await empty.exportPNG().catch((error: unknown) => (rejected = error));
    expect(rejected).to.be.instanceOf(Error);
  });

  it('counts from individuals when nothing is written, and says so', async () => {
    const doc = trial();
    for (const stage of doc.stages) for (const step of stage.steps!) {
      step.next = step.next?.map((item) => (typeof item === 'string' ? item : item.step));
      delete step.exit;
    }
    doc.asOf = '2026-05-01';
    doc.individuals = [
      { id: 'c1', events: [{ step: 'signup', at: '2026-04-01' }, { step: 'price', at: '2026-04-02' }, { step: 'pay', at: '2026-04-03' }] },
      { id: 'c2', events: [{ step: 'signup', at: '2026-04-01' }, { step: 'price', at: '2026-04-02' }] },
      { id: 'c3', events: [{ step: 'signup', at: '2026-04-28' }] },
    ];
    const flow = await flowOf(doc);
    expect(text(root(flow).querySelector('[part="source"]'))).to.equal('Counted from 3 customers’ events.');
    // c1 finished at Pays, the final step (weeks ago, yet not a drop-off); c3 is here now at Signs up (within 14 days
    // of asOf); c2 stalled at Checks price: 1 of its 2 visits. The only drop-off is that one.
    expect(Array.from(root(flow).querySelectorAll('.exit-label')).map(text)).to.deep.equal(['50%']);
    (root(flow).querySelector('[part="drawing"]') as HTMLElement).focus();
    expect(await press(flow, 'ArrowRight')).to.equal('Signs up (ways out: 2, ways in: 1), 1 here now');
    expect(await press(flow, 'End')).to.equal('Pays (ways out: 0, ways in: 2), 1 finished here');
  });

  it('draws what it can of a document with a broken next, and lists the warnings', async () => {
    const doc = trial() as unknown as { stages: Array<{ steps: Array<{ next: unknown[] }> }> };
    doc.stages[0].steps[0].next.push({ step: 'nowhere', share: 0.2 });
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    const flow = document.createElement('journey-flow');
    flow.locale = 'en';
    flow.journey = doc;
    const error = oneEvent(flow, 'journey-error') as Promise<JourneyErrorEvent>;
    wrapper.append(flow);
    const { detail } = await error;
    expect(detail.errors).to.deep.equal([]);
    expect(detail.warnings.map((warning) => warning.path)).to.include('/stages/0/steps/0/next/2/step');
    await flow.updateComplete;
    expect(root(flow).querySelector('[part="warnings"]')).to.exist;
    expect(root(flow).querySelectorAll('.node-label')).to.have.length(3);
  });

  it('shows the error panel for an invalid document and never throws', async () => {
    const flow = await flowOf({ schemaVersion: 1, stages: 'no' });
    expect(root(flow).querySelector('[part="error"]')).to.exist;
    expect(root(flow).querySelector('[part="drawing"]')).to.be.null;
  });

  it('is accessible, in light and dark', async () => {
    const flow = await flowOf();
    await expect(flow).to.be.accessible();
    flow.theme = 'dark';
    await openTable(flow);
    expect(root(flow).querySelectorAll('tbody tr')).to.have.length(5);
    await expect(flow).to.be.accessible();
  });
});

describe('<journey-flow> and late web fonts', () => {
  it('measures and wraps the step titles again when the page\'s fonts finish loading', async () => {
    const journey = trial();
    journey.stages[0]!.steps![1]!.title = 'Checks the price list twice before asking the sales team about discounts for schools';
    const flow = await flowOf(journey);
    // The title's lines (two tspans, or the one text).
    const lines = () => {
      const label = root(flow).querySelector('.node-label[data-step="1"]')!;
      const spans = Array.from(label.querySelectorAll('tspan'), (line) => line.textContent);
      return spans.length ? spans : [label.firstChild?.textContent ?? ''];
    };
    const before = lines();
    // The page's font changes under the flow (as when a web font replaces its fallback): the drawing
    // measured in the old one stays until the fonts say they are loaded.
    flow.style.fontFamily = 'monospace';
    flow.style.letterSpacing = '0';
    flow.requestUpdate();
    await flow.updateComplete;
    expect(before.length).to.equal(2);
    expect(lines()).to.deep.equal(before);
    document.fonts.dispatchEvent(new Event('loadingdone'));
    await flow.updateComplete;
    expect(lines(), `wrapped in sans-serif: ${before.join(' | ')}`).to.not.deep.equal(before);
  });
});
