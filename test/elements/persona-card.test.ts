import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/persona-card/persona-card.js';
import { initials, type PersonaCard } from '../../src/elements/persona-card/persona-card.component.js';
import type { Persona } from '../../src/model/types.js';
import { HOSTILE } from '../fixtures/normalized.js';

const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNk+A8AAQUBAScY42YAAAAASUVORK5CYII=';

const olga: Persona = {
  id: 'ops',
  name: 'Olga Ivanova',
  role: 'Operations lead',
  description: 'Runs a 50-person field service team.',
  quote: 'I just want calls to reach someone.',
  image: PIXEL,
  goals: ['Answer every customer call', 'Keep costs flat'],
  needs: ['Call forwarding'],
  frustrations: ['Voicemail nobody checks'],
  expectations: ['Setup in a day'],
  beliefs: ['Phones still win deals'],
  attributes: { 'Company size': 12000, Region: 'Moldova' },
};

async function card(persona: Persona | undefined, attributes = html``, extra: Partial<PersonaCard> = {}) {
  const element = await fixture<PersonaCard>(html`<persona-card .persona=${persona}>${attributes}</persona-card>`);
  Object.assign(element, extra);
  await element.updateComplete;
  return element;
}

const root = (element: PersonaCard) => element.shadowRoot!;
const text = (element: Element | null) => element?.textContent?.replace(/[ \t\n\r]+/g, ' ').trim();
const headings = (element: PersonaCard) =>
  Array.from(root(element).querySelectorAll('h1, h2, h3, h4, h5, h6')).map((h) => `${h.localName} ${text(h)}`);

describe('<persona-card>', () => {
  it('shows the full persona with its picture, quote, sections and attributes', async () => {
    const element = await card(olga);
    const shadow = root(element);
    expect(shadow.querySelector('[part="card"]')!.localName).to.equal('article');
    expect(shadow.querySelector('img[part="avatar"]')!.getAttribute('src')).to.equal(PIXEL);
    expect(shadow.querySelector('img[part="avatar"]')!.getAttribute('alt')).to.equal('');
    expect(text(shadow.querySelector('[part="role"]'))).to.equal('Operations lead');
    expect(text(shadow.querySelector('.description'))).to.equal('Runs a 50-person field service team.');
    const quote = shadow.querySelector('[part="quote"]')!;
    expect([quote.localName, text(quote)]).to.deep.equal(['blockquote', 'I just want calls to reach someone.']);
    expect(headings(element)).to.deep.equal([
      'h3 Olga Ivanova',
      'h4 Goals',
      'h4 Needs',
      'h4 Frustrations',
      'h4 Expectations',
      'h4 Beliefs',
      'h4 About',
    ]);
    expect(shadow.querySelectorAll('[part="section"]')).to.have.length(6);
    expect(Array.from(shadow.querySelectorAll('[part="section"]:first-of-type li')).map(text)).to.deep.equal([
      'Answer every customer call',
      'Keep costs flat',
    ]);
    const terms = Array.from(shadow.querySelectorAll('dl .attribute')).map((row) => [
      text(row.querySelector('dt')),
      text(row.querySelector('dd')),
    ]);
    expect(terms).to.deep.equal([
      ['Company size', '12,000'],
      ['Region', 'Moldova'],
    ]);
    await expect(element).to.be.accessible();
  });

  it('shows only picture, name and role when compact', async () => {
    const element = await card(olga);
    element.compact = true;
    await element.updateComplete;
    expect(element.hasAttribute('compact')).to.equal(true);
    expect(headings(element)).to.deep.equal(['h3 Olga Ivanova']);
    expect(root(element).querySelector('[part="quote"]')).to.equal(null);
    expect(root(element).querySelector('[part="section"]')).to.equal(null);
    expect(text(root(element).querySelector('[part="role"]'))).to.equal('Operations lead');
    await expect(element).to.be.accessible();
  });

  it('drops an unsafe picture URL and shows initials instead', async () => {
    const element = await card({ ...olga, image: 'javascript:alert(1)' });
    expect(root(element).querySelector('img')).to.equal(null);
    const avatar = root(element).querySelector('[part="avatar"]')!;
    expect([text(avatar), avatar.getAttribute('aria-hidden')]).to.deep.equal(['OI', 'true']);
  });

  it('falls back to initials when the picture does not load', async () => {
    const element = await card({ ...olga, image: 'data:image/png;base64,AAAA' });
    await waitUntil(() => !root(element).querySelector('img'), 'the broken picture is replaced');
    expect(text(root(element).querySelector('[part="avatar"]'))).to.equal('OI');
  });

  it('takes initials from the first and last word', () => {
    expect(initials('Ana-Maria Popescu')).to.equal('AP');
    expect(initials('  ștefan  cel  mare ')).to.equal('ȘM');
    expect(initials('Олег')).to.equal('О');
  });

  it('uses the heading level it is given, and localized section headings', async () => {
    const element = await fixture<PersonaCard>(
      html`<persona-card heading-level="2" locale="ro-MD" .persona=${olga}></persona-card>`,
    );
    expect(headings(element)).to.deep.equal([
      'h2 Olga Ivanova',
      'h3 Obiective',
      'h3 Nevoi',
      'h3 Frustrări',
      'h3 Așteptări',
      'h3 Convingeri',
      'h3 Despre',
    ]);
    expect(text(root(element).querySelector('dl dd'))).to.equal('12.000');
    element.setAttribute('heading-level', '9');
    element.locale = 'ru';
    await element.updateComplete;
    expect(headings(element).slice(0, 3)).to.deep.equal(['h6 Olga Ivanova', 'h6 Цели', 'h6 Потребности']);
  });

  it('takes the locale from the nearest lang ancestor', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="ru"><persona-card .persona=${olga}></persona-card></div>`);
    const element = wrapper.querySelector('persona-card')!;
    await element.updateComplete;
    expect(headings(element)[3]).to.equal('h4 Что раздражает');
  });

  it('renders nothing without a persona and survives malformed fields', async () => {
    const empty = await card(undefined);
    expect(root(empty).children).to.have.length(0);
    const odd = await card({
      id: 'x',
      name: HOSTILE,
      goals: 'not a list' as unknown as string[],
      needs: [1, null, 'Real need'] as unknown as string[],
      attributes: ['a'] as unknown as Record<string, string>,
    });
    expect(root(odd).querySelector('img')).to.equal(null);
    expect(text(root(odd).querySelector('[part="name"]'))).to.equal(HOSTILE);
    expect(headings(odd)).to.deep.equal([`h3 ${HOSTILE}`, 'h4 Needs']);
    expect(Array.from(root(odd).querySelectorAll('li')).map(text)).to.deep.equal(['Real need']);
  });

  it('keeps AA contrast in the dark theme', async () => {
    const element = await card(olga);
    element.theme = 'dark';
    await element.updateComplete;
    expect(getComputedStyle(root(element).querySelector('[part="card"]')!).backgroundColor).to.equal('rgb(17, 24, 39)');
    await expect(element).to.be.accessible();
  });
});
