import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { JourneyMap } from '../../src/elements/journey-map/journey-map.component.js';
import type { JourneyDocument } from '../../src/model/types.js';
import { mapLanes, mountMap, settle } from './map-fixture.js';

const HOSTILE = '<img src=x onerror="window.exportPwned=1">';
const SCRIPT = '<script>window.exportPwned=2</script>';
const CDATA_END = 'ends ]]> here & "quoted" \'single\'';
const HEBREW = 'שלום עולם, לקוח יקר';
const RUSSIAN = 'Заполняет анкету: ёж';
const ROMANIAN = 'Își țese planul în ședință';

/** Seven columns, so a 500 px map shows only a few of them on screen. */
function exportJourney(): JourneyDocument {
  const steps = Array.from({ length: 6 }, (_, i) => ({
    id: `s${i + 1}`,
    title: i === 1 ? HOSTILE : `Step ${i + 1}`,
    actions: i === 0 ? ['Says "hi", then waits', '=cmd|calc'] : [`Action ${i + 1}`],
    emotion: i === 5 ? 1.5 : i - 2,
  }));
  return {
    schemaVersion: 1,
    title: 'Export & <check>',
    stages: [
      { id: 'a', title: 'Start, early', steps: steps.slice(0, 3) },
      { id: 'b', title: '@later', steps: steps.slice(3) },
      { id: 'c', title: 'End', actions: ['Leaves'], painPoints: [{ text: '+fee', category: 'financial' }] },
    ],
    lanes: [{ kind: 'actions' }, { kind: 'emotion' }, { kind: 'painPoints' }],
  };
}

/** Hostile and non-Latin text everywhere a text can be, and two personas' emotion. */
function hostileJourney(): JourneyDocument {
  return {
    schemaVersion: 1,
    title: SCRIPT,
    goal: CDATA_END,
    personas: [
      { id: 'ana', name: 'Ana <b>Pop</b>' },
      { id: 'ion', name: 'Ion Țurcanu' },
    ],
    stages: [
      {
        id: 'one',
        title: HEBREW,
        steps: [
          { id: 'a', title: RUSSIAN, actions: [HEBREW], note: SCRIPT, emotion: { ana: -1, ion: 1 } },
          { id: 'b', title: ROMANIAN, actions: [RUSSIAN, 'bell\u0007 and \uD800 lone'], note: CDATA_END, emotion: { ana: 2, ion: -2 } },
        ],
      },
      { id: 'two', title: CDATA_END, actions: [ROMANIAN], emotion: { ana: 0, ion: 0 } },
    ],
    lanes: [{ kind: 'actions' }, { kind: 'text', field: 'note', title: HOSTILE }, { kind: 'emotion' }],
  };
}

/** A dark-theme map whose surface is transparent (plus `style`), appended to `parent` and settled. */
async function seeThroughMap(parent: HTMLElement, style = ''): Promise<JourneyMap> {
  const map = document.createElement('journey-map') as JourneyMap;
  map.setAttribute('theme', 'dark');
  map.setAttribute('style', `--journey-surface: transparent; ${style}`);
  map.journey = exportJourney();
  parent.append(map);
  await settle(map);
  return map;
}

const renderMap = (journey: JourneyDocument = exportJourney(), width = 500, attributes: Record<string, string> = {}): Promise<JourneyMap> =>
  mountMap(journey, width, attributes);

function parseSVG(text: string): Document {
  const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(parsed.querySelector('parsererror'), 'the SVG parses as XML').to.equal(null);
  return parsed;
}

/** The text of a wrapped block, lines joined, whitespace removed (a line may be cut inside a word). */
const squeezed = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, '');
const blockTexts = (doc: Document, selector: string) => Array.from(doc.querySelectorAll(selector), (node) => squeezed(node.textContent));

describe('journey-map export', () => {
  it('exports every cell as CSV with quoting, the formula guard and a byte order mark', async () => {
    const map = await renderMap();
    const rows = [
      'Stage,Step,Lane,Text,Lane key',
      '"Start, early",Step 1,Doing,"Says ""hi"", then waits\n=cmd|calc",actions',
      `"Start, early","<img src=x onerror=""window.exportPwned=1"">",Doing,Action 2,actions`,
      '"Start, early",Step 3,Doing,Action 3,actions',
      "'@later,Step 4,Doing,Action 4,actions",
      "'@later,Step 5,Doing,Action 5,actions",
      "'@later,Step 6,Doing,Action 6,actions",
      'End,End,Doing,Leaves,actions',
      '"Start, early",Step 1,Emotion,-2,emotion',
      `"Start, early","<img src=x onerror=""window.exportPwned=1"">",Emotion,-1,emotion`,
      '"Start, early",Step 3,Emotion,0,emotion',
      "'@later,Step 4,Emotion,1,emotion",
      "'@later,Step 5,Emotion,2,emotion",
      "'@later,Step 6,Emotion,1.5,emotion",
      'End,End,Emotion,,emotion',
      '"Start, early",Step 1,Pain points,,painPoints',
      `"Start, early","<img src=x onerror=""window.exportPwned=1"">",Pain points,,painPoints`,
      '"Start, early",Step 3,Pain points,,painPoints',
      "'@later,Step 4,Pain points,,painPoints",
      "'@later,Step 5,Pain points,,painPoints",
      "'@later,Step 6,Pain points,,painPoints",
      "End,End,Pain points,'+fee (Financial),painPoints",
      '',
    ];
    expect(map.exportCSV({ bom: false })).to.equal(rows.join('\r\n'));
    expect(map.exportCSV()).to.equal(`\uFEFF${rows.join('\r\n')}`);
  });

  it('writes the CSV header and lane names in the map language, with overrides', async () => {
    const map = await renderMap(exportJourney(), 500, { locale: 'ru' });
    const [header, first] = map.exportCSV().split('\r\n');
    expect(header).to.equal('\uFEFFЭтап,Шаг,Слой,Текст,Ключ слоя');
    expect(first).to.equal('"Start, early",Step 1,Действия,"Says ""hi"", then waits\n=cmd|calc",actions');
    map.locale = 'ro';
    map.strings = { 'lane.actions': 'Fapte' };
    await settle(map);
    expect(map.exportCSV({ bom: false }).split('\r\n').slice(0, 2)).to.deep.equal([
      'Etapă,Pas,Strat,Text,Cheia stratului',
      '"Start, early",Step 1,Fapte,"Says ""hi"", then waits\n=cmd|calc",actions',
    ]);
  });

  it('writes the CSV in the map’s words and follows its persona filter, as the screen does', async () => {
    const doc: JourneyDocument = {
      schemaVersion: 1,
      title: 'Два человека',
      personas: [{ id: 'a', name: 'Анна' }, { id: 'b', name: 'Борис' }],
      stages: [
        {
          id: 's',
          title: 'Звонок',
          emotion: { a: 1, b: -2 },
          painPoints: [
            { text: 'Ждёт', category: 'financial', severity: 4, persona: 'a' },
            { text: 'Теряет', persona: 'b' },
          ],
          opportunities: [{ text: 'Перезвон', owner: 'ИТ', impact: 'high' }],
        },
      ],
      lanes: [{ kind: 'emotion' }, { kind: 'painPoints' }, { kind: 'opportunities' }],
    };
    const map = await renderMap(doc, 700, { locale: 'ru' });
    const cells = () => map.exportCSV({ bom: false }).split('\r\n').slice(1, 4);
    expect(cells()).to.deep.equal([
      'Звонок,Звонок,Эмоции,"Анна: 1\nБорис: -2",emotion',
      'Звонок,Звонок,Болевые точки,"Ждёт (Финансы; персона Анна; критичность 4)\nТеряет (персона Борис)",painPoints',
      'Звонок,Звонок,Возможности,Перезвон (ответственный ИТ; эффект высокий),opportunities',
    ]);
    map.persona = 'b';
    await settle(map);
    expect(cells().slice(0, 2)).to.deep.equal(['Звонок,Звонок,Эмоции,Борис: -2,emotion', 'Звонок,Звонок,Болевые точки,Теряет,painPoints']);
  });

  it('exports the whole map as a standalone SVG, also the columns scrolled out of view', async () => {
    const map = await renderMap();
    const visible = Array.from(map.shadowRoot!.querySelectorAll('.step-row > .step')).filter((cell) => {
      const box = cell.getBoundingClientRect();
      return box.right > 0 && box.left < 500;
    });
    expect(visible.length).to.be.below(7);

    const text = map.exportSVG();
    expect(text.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).to.equal(true);
    const parsed = parseSVG(text);
    expect(parsed.documentElement.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(blockTexts(parsed, 'text.step')).to.deep.equal(['Step 1', HOSTILE, 'Step 3', 'Step 4', 'Step 5', 'Step 6', 'End'].map(squeezed));
    expect(blockTexts(parsed, 'text.stage')).to.deep.equal(['Start,early', '@later', 'End']);
    expect(blockTexts(parsed, '.map-title')).to.deep.equal([squeezed('Export & <check>')]);
    expect(blockTexts(parsed, '.lane-name')).to.deep.equal(['Doing', 'Emotion', 'Painpoints']);
    expect(blockTexts(parsed, '[data-lane="actions"] text.cell')).to.deep.equal(
      ['Says "hi", then waits', '=cmd|calc', 'Action 2', 'Action 3', 'Action 4', 'Action 5', 'Action 6', 'Leaves'].map(squeezed),
    );
    // A pain point is its text, with its category in words above it and a bar in the category's colour.
    expect(blockTexts(parsed, '[data-lane="painPoints"] text.cell')).to.deep.equal(['+fee']);
    expect(blockTexts(parsed, '[data-lane="painPoints"] .item text')).to.deep.equal(['Financial', '+fee']);
    expect(parsed.querySelectorAll('[data-lane="emotion"] path.marker')).to.have.length(6);
    // Wider than the 500 px map on screen: every column at the export's own width.
    expect(Number(parsed.documentElement.getAttribute('width'))).to.equal(160 + 7 * 200);
  });

  it('escapes hostile and non-Latin text and shows it as text, with no active or external content', async () => {
    const map = await renderMap(hostileJourney(), 700);
    const text = map.exportSVG();
    expect(text).not.to.include('<script').and.not.to.include('<b>').and.not.to.include('<img');
    expect(text).to.include('&lt;script&gt;').and.to.include('ends ]]&gt; here &amp;');
    const parsed = parseSVG(text);

    expect(squeezed(parsed.querySelector('.map-title')?.textContent)).to.equal(squeezed(SCRIPT));
    expect(squeezed(parsed.querySelector('title')?.textContent)).to.equal(squeezed(SCRIPT));
    expect(squeezed(parsed.querySelector('.subtitle')?.textContent)).to.equal(squeezed(`Current state · Goal: ${CDATA_END}`));
    expect(blockTexts(parsed, 'text.stage')).to.deep.equal([HEBREW, CDATA_END].map(squeezed));
    expect(blockTexts(parsed, 'text.step')).to.deep.equal([RUSSIAN, ROMANIAN, CDATA_END].map(squeezed));
    expect(blockTexts(parsed, '[data-lane="actions"] text.cell')).to.deep.equal(
      [HEBREW, RUSSIAN, 'bell and  lone', ROMANIAN].map(squeezed),
    );
    expect(blockTexts(parsed, '[data-lane="text:note"] text.cell')).to.deep.equal([SCRIPT, CDATA_END].map(squeezed));
    expect(blockTexts(parsed, '.lane-name')).to.deep.equal(['Doing', HOSTILE, 'Emotion'].map(squeezed));
    // Two personas: a curve each (cubic segments, not a polyline) and a legend naming them.
    const lines = parsed.querySelectorAll('[data-lane="emotion"] path.emotion-line');
    expect(lines).to.have.length(2);
    expect(lines[0].getAttribute('d')).to.match(/^M[\d.,-]+C/);
    expect(blockTexts(parsed, '.legend')).to.deep.equal(['Ana<b>Pop</b>', 'IonȚurcanu']);

    expect(parsed.querySelectorAll('script, foreignObject, img, image, a, iframe, style, use')).to.have.length(0);
    for (const element of Array.from(parsed.querySelectorAll('*'))) {
      for (const name of element.getAttributeNames()) {
        expect(name.startsWith('on'), `${element.localName}[${name}]`).to.equal(false);
        if (name === 'xmlns') continue;
        expect(element.getAttribute(name), `${element.localName}[${name}]`).not.to.match(/https?:|javascript:|url\(|var\(/i);
      }
    }
    expect((window as { exportPwned?: number }).exportPwned).to.equal(undefined);
  });

  it('draws right-to-left text from the right edge of its box and left-to-right text from the left', async () => {
    const map = await renderMap(hostileJourney(), 700);
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const svg = document.importNode(parseSVG(map.exportSVG()).documentElement, true) as unknown as SVGSVGElement;
    host.append(svg);
    const [hebrew, russian] = Array.from(svg.querySelectorAll<SVGTextElement>('[data-lane="actions"] text.cell'));
    expect(hebrew.getAttribute('direction')).to.equal('rtl');
    expect(russian.hasAttribute('direction')).to.equal(false);
    const cellLeft = 160;
    const cellRight = 160 + 200;
    const hebrewBox = hebrew.getBBox();
    expect(hebrewBox.x + hebrewBox.width).to.be.closeTo(cellRight - 8, 1.5);
    expect(hebrewBox.x).to.be.above(cellLeft);
    const russianBox = russian.getBBox();
    // Left-to-right items start after the room for an item's colour bar.
    expect(russianBox.x).to.be.closeTo(cellLeft + 200 + 6 + 8, 1.5);
  });

  it('wraps long persona names in the emotion legend without overlapping, inside the lane', async () => {
    const long = (who: string) => `${who}, senior procurement officer for the northern and eastern regions of the company`;
    const journey: JourneyDocument = {
      schemaVersion: 1,
      title: 'Legend',
      personas: ['Ana Pop', 'Ion Țurcanu', 'Олег Смирнов'].map((name, i) => ({ id: `p${i}`, name: long(name) })),
      stages: [{ id: 'a', title: 'A', steps: [{ id: 's', title: 'S', emotion: { p0: -1, p1: 1, p2: 0 } }] }],
      lanes: [{ kind: 'emotion' }, { kind: 'actions' }],
    };
    const map = await renderMap(journey, 700);
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const svg = document.importNode(parseSVG(map.exportSVG()).documentElement, true) as unknown as SVGSVGElement;
    host.append(svg);
    const names = Array.from(svg.querySelectorAll<SVGTextElement>('[data-lane="emotion"] text.legend'));
    expect(names).to.have.length(3);
    for (const name of names) expect(name.querySelectorAll('tspan').length).to.be.greaterThan(2);
    const boxes = names.map((name) => name.getBBox());
    for (let i = 1; i < boxes.length; i++) expect(boxes[i].y, `legend ${i}`).to.be.at.least(boxes[i - 1].y + boxes[i - 1].height - 1);
    const lane = svg.querySelector<SVGRectElement>('[data-lane="emotion"] rect')!.getBBox();
    const last = boxes[boxes.length - 1];
    expect(last.y + last.height).to.be.at.most(lane.y + lane.height);
  });

  it('keeps every line of Cyrillic and Latin text inside its column, measured in the export font', async () => {
    const journey = await import('../../src/samples/index.js').then((samples) => samples.bankCardJourneyRu);
    const map = await renderMap(journey, 900);
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const svg = document.importNode(parseSVG(map.exportSVG()).documentElement, true) as unknown as SVGSVGElement;
    host.append(svg);
    const lines = Array.from(svg.querySelectorAll<SVGTSpanElement>('.lane .item tspan'));
    expect(lines.length).to.be.greaterThan(100);
    // A column is 200 px; an item's text starts 6 + 8 px in and keeps 8 px from the right edge.
    for (const line of lines) expect(line.getComputedTextLength(), line.textContent ?? '').to.be.at.most(200 - 14 - 8 + 1);
    // A step title has 8 px on either side.
    for (const line of Array.from(svg.querySelectorAll<SVGTSpanElement>('text.step tspan'))) {
      expect(line.getComputedTextLength(), line.textContent ?? '').to.be.at.most(200 - 16 + 1);
    }
  });

  it('uses the colours the map shows, as concrete hex values, with a generic font stack', async () => {
    const light = parseSVG((await renderMap()).exportSVG());
    const colours = (doc: Document) =>
      Array.from(doc.querySelectorAll('[fill], [stroke]')).flatMap((el) => [el.getAttribute('fill'), el.getAttribute('stroke')].filter((v) => v !== null));
    for (const colour of colours(light)) expect(colour).to.match(/^(#[0-9a-f]{6}|none)$/);
    expect(light.documentElement.getAttribute('font-family')).to.match(/, sans-serif$/);
    expect(light.querySelector('rect')?.getAttribute('fill')).to.equal('#ffffff');
    expect(light.querySelector('[data-lane="emotion"] path.emotion-line')?.getAttribute('stroke')).to.equal('#1d4ed8');

    const dark = parseSVG((await renderMap(exportJourney(), 500, { theme: 'dark' })).exportSVG());
    expect(dark.querySelector('rect')?.getAttribute('fill')).to.equal('#111827');
    expect(dark.documentElement.getAttribute('fill')).to.equal('#f3f4f6');

    const branded = await renderMap(exportJourney(), 500, {
      style: '--journey-stage-background: rebeccapurple; --journey-series-1: oklch(62.8% 0.2577 29.23); --journey-step-background: rgb(0 128 0 / 0.5)',
    });
    const custom = parseSVG(branded.exportSVG());
    expect(custom.querySelector('text.stage')?.previousElementSibling?.getAttribute('fill')).to.equal('#663399');
    expect(custom.querySelector('path.emotion-line')?.getAttribute('stroke')).to.match(/^#f[ef]0000$/);
    // Half-transparent green on white paper.
    expect(custom.querySelector('text.step')?.previousElementSibling?.getAttribute('fill')).to.match(/^#80bf80$|^#7fbf7f$/);
  });

  it('flattens a see-through surface onto the page behind the map, not onto white', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="background: #0b1020; inline-size: 500px"></div>`);
    const map = await seeThroughMap(page, '--journey-step-background: rgb(255 255 255 / 0.5)');
    const svg = parseSVG(map.exportSVG());
    expect(svg.querySelector('rect')?.getAttribute('fill')).to.equal('#0b1020');
    expect(svg.documentElement.getAttribute('fill')).to.equal('#f3f4f6');
    // Half-transparent white over the page's dark blue: #0b1020 halfway to #ffffff.
    const step = svg.querySelector('text.step')!.previousElementSibling!.getAttribute('fill')!;
    const bytes = [1, 3, 5].map((i) => parseInt(step.slice(i, i + 2), 16));
    [0x85, 0x88, 0x90].forEach((expected, i) => expect(bytes[i]).to.be.closeTo(expected, 1));
  });

  it('flattens it onto the container a map is slotted into, across shadow roots', async () => {
    if (!customElements.get('dark-card')) {
      customElements.define(
        'dark-card',
        class extends HTMLElement {
          constructor() {
            super();
            const root = this.attachShadow({ mode: 'open' });
            const box = document.createElement('div');
            box.style.background = '#0b1020';
            box.append(document.createElement('slot'));
            root.append(box);
          }
        },
      );
    }
    const card = await fixture<HTMLElement>(html`<dark-card style="display: block; inline-size: 500px"></dark-card>`);
    const map = await seeThroughMap(card);
    expect(parseSVG(map.exportSVG()).querySelector('rect')?.getAttribute('fill')).to.equal('#0b1020');
  });

  it('flattens it onto the page canvas of a dark colour scheme when nothing sets a background', async () => {
    const root = document.documentElement;
    root.style.colorScheme = 'light dark';
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const box = await fixture<HTMLDivElement>(html`<div style="inline-size: 500px"></div>`);
      const map = await seeThroughMap(box);
      const surface = parseSVG(map.exportSVG()).querySelector('rect')!.getAttribute('fill')!;
      // Chrome's dark canvas; whatever it is exactly, it is dark, not the white of a light page.
      const bytes = [1, 3, 5].map((i) => parseInt(surface.slice(i, i + 2), 16));
      for (const byte of bytes) expect(byte, surface).to.be.below(64);
    } finally {
      root.style.colorScheme = '';
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('exports a PNG of the SVG at the requested scale', async () => {
    const map = await renderMap();
    const svg = parseSVG(map.exportSVG()).documentElement;
    const width = Number(svg.getAttribute('width'));
    const height = Number(svg.getAttribute('height'));

    const png = await map.exportPNG({ scale: 1.5 });
    expect(png).to.be.instanceOf(Blob);
    expect(png.type).to.equal('image/png');
    const bitmap = await createImageBitmap(png);
    expect([bitmap.width, bitmap.height]).to.deep.equal([Math.round(width * 1.5), Math.round(height * 1.5)]);

    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    // The stage header band is drawn (not a blank or transparent image).
    const stageBand = Number(svg.querySelector('text.stage')?.previousElementSibling?.getAttribute('y')) + 4;
    const [r, g, b, a] = context.getImageData(Math.round(300 * 1.5), Math.round(stageBand * 1.5), 1, 1).data;
    expect([r, g, b, a]).to.deep.equal([229, 231, 235, 255]);
    const standard = await createImageBitmap(await map.exportPNG());
    expect([standard.width, standard.height]).to.deep.equal([width * 2, height * 2]);
  });

  it('rejects, without throwing, when there is nothing to export or the PNG would be too large', async () => {
    const map = document.createElement('journey-map');
    document.body.append(map);
    await map.updateComplete;
    expect(map.exportCSV()).to.equal('');
    expect(map.exportSVG()).to.equal('');
    let pending: Promise<Blob> | undefined;
    expect(() => (pending = map.exportPNG())).not.to.throw();
    const error = await pending!.then(() => undefined, (caught: unknown) => caught);
    expect(String(error)).to.include('no journey');
    map.remove();

    const invalid = await renderMap({ schemaVersion: 1 } as unknown as JourneyDocument);
    expect(invalid.exportSVG()).to.equal('');
    expect(invalid.exportCSV()).to.equal('');

    const large = await renderMap();
    const tooLarge = await large.exportPNG({ scale: 100 }).then(() => undefined, (caught: unknown) => caught);
    expect(tooLarge).to.be.instanceOf(RangeError);
    expect(String(tooLarge)).to.include('exportSVG()');
  });
});

/** A3 landscape at 96 dpi. */
const A3 = { width: 1587, height: 1123 };

function wideJourney(): JourneyDocument {
  const steps = Array.from({ length: 24 }, (_, i) => ({
    id: `w${i + 1}`,
    title: `Step ${i + 1} with a longer title`,
    actions: [`Does thing ${i + 1}`],
    painPoints: i % 3 === 0 ? [{ text: `Pain ${i + 1}`, category: 'process' as const }] : undefined,
    emotion: (i % 5) - 2,
  }));
  return {
    schemaVersion: 1,
    title: 'A wide map',
    stages: [
      { id: 'x', title: 'First half', steps: steps.slice(0, 12) },
      { id: 'y', title: 'Second half', steps: steps.slice(12) },
    ],
  };
}

/** Everything a printed page would lose: boxes that end past the page's right edge. */
function pastRightEdge(map: JourneyMap, pageWidth: number): string[] {
  const root = map.shadowRoot!;
  const boxes = [
    ...Array.from(root.querySelectorAll<HTMLElement>('.stage, .step-row > [role="columnheader"]')),
    ...mapLanes(map).flatMap((lane) => lane.gridCells()),
  ];
  return boxes.filter((box) => box.getBoundingClientRect().right > pageWidth + 0.5).map((box) => box.textContent?.trim() ?? box.localName);
}

describe('journey-map print', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    await setViewport({ width: 800, height: 600 });
  });

  it('lays every column out within an A3 landscape page, with nothing clipped or scrolled', async () => {
    await setViewport(A3);
    const map = await renderMap(wideJourney(), A3.width - 16);
    const scroller = map.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    // On screen, 24 columns of at least 176 px scroll sideways.
    expect(scroller.scrollWidth).to.be.above(scroller.clientWidth);
    expect(pastRightEdge(map, A3.width)).not.to.be.empty;

    await emulateMedia({ media: 'print' });
    await settle(map);
    const style = getComputedStyle(scroller);
    expect([style.overflowX, style.maxBlockSize]).to.deep.equal(['visible', 'none']);
    expect(getComputedStyle(map.shadowRoot!.querySelector('.head')!).position).to.equal('static');
    expect(getComputedStyle(map).printColorAdjust).to.equal('exact');
    expect(pastRightEdge(map, A3.width)).to.deep.equal([]);
    expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth);
    expect(document.documentElement.scrollWidth).to.be.at.most(A3.width);

    // Every step header and every cell of every lane is rendered, in order.
    const steps = Array.from(map.shadowRoot!.querySelectorAll('.step-row > .step'), (step) => step.textContent?.trim() ?? '');
    expect(steps).to.have.length(24);
    steps.forEach((title, i) => expect(title).to.include(`Step ${i + 1} with a longer title`));
    const lanes = mapLanes(map);
    expect(lanes.map((lane) => lane.laneKey)).to.deep.equal(['emotion', 'actions', 'painPoints']);
    for (const lane of lanes) expect(lane.gridCells(), lane.laneKey).to.have.length(25);
    const actions = lanes[1].gridCells().slice(1).map((cell) => cell.textContent?.trim());
    actions.forEach((text, i) => expect(text).to.include(`Does thing ${i + 1}`));

    await emulateMedia({ media: 'screen' });
    await settle(map);
    expect(scroller.scrollWidth).to.be.above(scroller.clientWidth);
  });

  it('lays out for paper synchronously on beforeprint, so window.print() from a script prints it fitted', async () => {
    const map = await renderMap(wideJourney(), 3000);
    const stepRights = () => Array.from(map.shadowRoot!.querySelectorAll('.step-row > .step'), (step) => step.getBoundingClientRect().right);
    expect(Math.max(...stepRights())).to.be.above(1490);

    window.dispatchEvent(new Event('beforeprint'));
    // No await: the browser would lay the page out for print right now.
    const left = map.getBoundingClientRect().left;
    expect(Math.max(...stepRights()) - left).to.be.at.most(1490 + 2);
    const lastCell = mapLanes(map)[0].gridCells().at(-1)!;
    expect(lastCell.getBoundingClientRect().right - left).to.be.at.most(1490 + 2);

    window.dispatchEvent(new Event('afterprint'));
    await settle(map);
    expect(Math.max(...stepRights())).to.be.above(1490);
  });

  it('takes the print width from --journey-print-width', async () => {
    const map = await renderMap(wideJourney(), 3000, { style: '--journey-print-width: 277mm' });
    window.dispatchEvent(new Event('beforeprint'));
    const left = map.getBoundingClientRect().left;
    const right = Math.max(...Array.from(map.shadowRoot!.querySelectorAll('.step-row > .step'), (step) => step.getBoundingClientRect().right));
    // 277 mm (A4 landscape less margins) is 1046 px.
    expect(right - left).to.be.at.most(1046 + 2).and.above(1000);
    window.dispatchEvent(new Event('afterprint'));
    await settle(map);
  });
});
