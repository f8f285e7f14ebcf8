import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { JourneyMap } from '../../src/elements/journey-map/journey-map.component.js';
import type { JourneyErrorEvent } from '../../src/events.js';

const WORKING_DAY = `journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Do work: 1: Me, Cat
    section Go home
      Sit down: 5: Me`;

const shadow = (map: Element) => map.shadowRoot!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const titleOf = (map: JourneyMap) => text(shadow(map).querySelector('[part="title"]'));

/** A map in a 1200 px wrapper, its light DOM written as HTML (the way a wiki page would). */
async function mapWith(children: string, attributes = ''): Promise<JourneyMap> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1200px"></div>`);
  const template = document.createElement('template');
  template.innerHTML = `<journey-map ${attributes}>${children}</journey-map>`;
  wrapper.append(template.content);
  return wrapper.querySelector('journey-map') as JourneyMap;
}

describe('<journey-map> reading Mermaid', () => {
  it('draws a map from an inline <script type="text/x-mermaid">', async () => {
    const map = await mapWith(`<script type="text/x-mermaid">${WORKING_DAY}</script>`);
    await waitUntil(() => titleOf(map) === 'My working day', 'the Mermaid map is drawn', { timeout: 5000 });
    await map.updateComplete;
    const rows = map.exportCSV({ bom: false }).split('\r\n');
    expect(rows.slice(1, 4)).to.deep.equal(['Go to work,Make tea,Emotion,Me: 2,emotion', 'Go to work,Do work,Emotion,"Me: -2\nCat: -2",emotion', 'Go home,Sit down,Emotion,Me: 2,emotion']);
    await expect(map).to.be.accessible();
  });

  it('follows changes to the Mermaid text', async () => {
    const map = await mapWith(`<script type="text/x-mermaid">${WORKING_DAY}</script>`);
    await waitUntil(() => titleOf(map) === 'My working day', 'first text', { timeout: 5000 });
    map.querySelector('script')!.textContent = WORKING_DAY.replace('My working day', 'My weekend');
    await waitUntil(() => titleOf(map) === 'My weekend', 'changed text', { timeout: 5000 });
  });

  it('shows what Mermaid rejects in the error panel, with line and column, and fires journey-error', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const map = document.createElement('journey-map');
    map.setAttribute('locale', 'ro');
    const script = document.createElement('script');
    script.type = 'text/x-mermaid';
    script.textContent = 'journey\n  section Start\n    Make tea: lots: Me\n';
    map.append(script);
    setTimeout(() => wrapper.append(map));
    const event = (await oneEvent(map, 'journey-error')) as JourneyErrorEvent;
    expect(event.detail.source).to.equal('document');
    expect(event.detail.errors.map((problem) => [problem.code, problem.message])).to.deep.equal([
      ['mermaid-score', 'Rândul 3, coloana 15: scorul „lots” nu este un număr; scorurile Mermaid merg de la 1 la 5.'],
    ]);
    await map.updateComplete;
    const panel = shadow(map).querySelector('[role="alert"]')!;
    expect(text(panel.querySelector('.problems'))).to.contain('Rândul 3, coloana 15');
  });

  it('loads a .mmd file from src', async () => {
    const map = await mapWith('', 'src="/test/fixtures/working-day.mmd"');
    await waitUntil(() => titleOf(map) === 'My working day', 'the .mmd map is drawn', { timeout: 5000 });
  });

  it('loads a text/vnd.mermaid response whatever its address, and reports its problems in the map language', async () => {
    const good = URL.createObjectURL(new Blob([WORKING_DAY], { type: 'text/vnd.mermaid' }));
    const bad = URL.createObjectURL(new Blob(['graph TD\n  A --> B\n'], { type: 'text/vnd.mermaid;charset=utf-8' }));
    try {
      const map = await mapWith('', `src="${good}"`);
      await waitUntil(() => titleOf(map) === 'My working day', 'the Mermaid response is drawn', { timeout: 5000 });
      const failing = document.createElement('journey-map');
      failing.setAttribute('locale', 'ru');
      failing.src = bad;
      setTimeout(() => map.parentElement!.append(failing));
      const event = (await oneEvent(failing, 'journey-error')) as JourneyErrorEvent;
      expect(event.detail.errors[0].message).to.equal(
        'Строка 1, столбец 1: диаграмма пути пользователя Mermaid должна начинаться со слова «journey».',
      );
    } finally {
      URL.revokeObjectURL(good);
      URL.revokeObjectURL(bad);
    }
  });
});
