import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import { JourneyController } from '../../src/controllers/journey-controller.js';
import type { Locale } from '../../src/i18n/locale.js';
import type { JourneyErrorDetail } from '../../src/events.js';
import '../../src/define.js';
import { translator } from '../../src/i18n/translator.js';

/** A document with one warning: its step goes on to a step it does not have. */
const withWarning = () => ({ schemaVersion: 1, title: 'Probe', stages: [{ id: 'a', title: 'A', steps: [{ id: 's', title: 'S', next: ['nope'] }] }] });

/** The smallest element on the controller: draws the step titles, or what stands in for them. */
class JourneyProbe extends LitElement {
  static override properties = { journey: { attribute: false }, src: {}, locale: {}, enabled: { type: Boolean } };
  journey?: unknown;
  src?: string;
  locale: Locale = 'en';
  enabled = true;
  fallback?: unknown;
  /** Set to make the next derivation throw. */
  fail?: string;
  derived = 0;
  readonly doc = new JourneyController(this, {
    journey: () => this.journey,
    src: () => this.src,
    fallback: () => this.fallback,
    words: () => translator(this.locale),
    enabled: () => this.enabled,
    loadingStatus: true,
  });

  protected override willUpdate(): void {
    this.doc.update(() => {
      this.derived += 1;
      if (this.fail) throw new Error(this.fail);
    });
  }

  protected override render(): TemplateResult | typeof import('lit').nothing {
    return this.doc.render(() => html`<ol>${(this.doc.journey?.steps ?? []).map((step) => html`<li>${step.title}</li>`)}</ol>`);
  }
}
customElements.define('journey-probe', JourneyProbe);

/** Records every journey-error the element fires. */
function record(element: HTMLElement): JourneyErrorDetail[] {
  const events: JourneyErrorDetail[] = [];
  element.addEventListener('journey-error', (event) => events.push((event as CustomEvent<JourneyErrorDetail>).detail));
  return events;
}

async function probe(): Promise<{ el: JourneyProbe; events: JourneyErrorDetail[] }> {
  const el = document.createElement('journey-probe') as JourneyProbe;
  const events = record(el);
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  await el.updateComplete;
  return { el, events };
}

/** Waits until the element stops saying it is loading (a fetch of a local file takes a few frames). */
async function loaded(el: JourneyProbe): Promise<void> {
  await el.updateComplete;
  for (let i = 0; i < 200 && (el.doc.loading || !el.shadowRoot!.querySelector('ol, [role="alert"]')); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await el.updateComplete;
  }
  await el.updateComplete;
}

const panelCodes = (el: Element) => Array.from(el.shadowRoot!.querySelectorAll('[role="alert"] li')).map((li) => li.getAttribute('data-code'));
const titles = (el: Element) => Array.from(el.shadowRoot!.querySelectorAll('ol li')).map((li) => li.textContent);

describe('controllers/JourneyController', () => {
  it('draws nothing of its own and reports nothing without a document', async () => {
    const { el, events } = await probe();
    expect(titles(el)).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(events).to.deep.equal([]);
  });

  it('a failed fetch: the network panel and one journey-error, not one per render', async () => {
    const { el, events } = await probe();
    el.src = '/test/fixtures/no-such-journey.json';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="loading"][role="status"]')?.textContent).to.equal('Loading the journey…');
    await loaded(el);
    expect(panelCodes(el)).to.deep.equal(['http-status']);
    expect(el.shadowRoot!.textContent).to.contain('404');
    el.requestUpdate();
    await el.updateComplete;
    expect(events.map((event) => [event.source, event.errors.map((problem) => problem.code)])).to.deep.equal([['network', ['http-status']]]);
  });

  it('fetches src, and a document given as a property wins over it', async () => {
    const { el, events } = await probe();
    el.src = '/stories/assets/phone-system.json';
    await loaded(el);
    expect(titles(el).length).to.be.greaterThan(3);
    el.journey = withWarning();
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['S']);
    expect(events.map((event) => event.source)).to.deep.equal(['document']);
  });

  it('a map moved in the DOM while src loads still finishes loading', async () => {
    const { el } = await probe();
    el.src = '/stories/assets/phone-system.json';
    await el.updateComplete;
    expect(el.doc.loading).to.equal(true);
    const other = await fixture<HTMLDivElement>(html`<div></div>`);
    other.append(el);
    await loaded(el);
    expect(titles(el).length).to.be.greaterThan(3);
  });

  it('invalid JSON text: the error panel with the parse problem and one journey-error', async () => {
    const { el, events } = await probe();
    el.journey = '{"schemaVersion": 1, "title": ';
    await el.updateComplete;
    expect(panelCodes(el)).to.have.length(1);
    expect(events).to.have.length(1);
    expect(events[0].source).to.equal('document');
    expect(events[0].errors.map((problem) => problem.code)).to.deep.equal(panelCodes(el));
    expect(titles(el)).to.deep.equal([]);
  });

  it('problems are reported exactly once per document: not on re-render, nor in another language; a replacement is reported again', async () => {
    const { el, events } = await probe();
    const doc = withWarning();
    el.journey = doc;
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['S']);
    expect(events).to.have.length(1);
    expect(events[0].errors).to.deep.equal([]);
    expect(events[0].warnings).to.have.length(1);
    el.requestUpdate();
    await el.updateComplete;
    el.locale = 'ru';
    await el.updateComplete;
    expect(events, 'the same document').to.have.length(1);
    // The messages follow the language all the same.
    expect(el.doc.prepared!.result.warnings[0].message).to.not.equal(events[0].warnings[0].message);
    el.journey = withWarning();
    await el.updateComplete;
    expect(events, 'a replacement document').to.have.length(2);
    expect(events[1].warnings[0].message).to.equal(el.doc.prepared!.result.warnings[0].message);
    el.journey = { schemaVersion: 1, title: 'Clean', stages: [{ id: 'a', title: 'A' }] };
    await el.updateComplete;
    expect(events, 'a document without problems').to.have.length(2);
  });

  it('a crash while deriving shows the internal problem instead of throwing, and the next good update draws again', async () => {
    const { el, events } = await probe();
    el.journey = withWarning();
    el.fail = 'boom';
    await el.updateComplete;
    expect(panelCodes(el)).to.deep.equal(['internal']);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('boom');
    expect(events, 'nothing reported while crashed').to.deep.equal([]);
    el.fail = undefined;
    el.requestUpdate();
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['S']);
    expect(events).to.have.length(1);
  });

  it('disabled (a lane drawing its map’s journey): reads and reports nothing; enabled again, it does', async () => {
    const { el, events } = await probe();
    el.enabled = false;
    el.journey = { schemaVersion: 1 };
    await el.updateComplete;
    expect(el.doc.prepared).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(events).to.deep.equal([]);
    el.enabled = true;
    await el.updateComplete;
    expect(panelCodes(el).length).to.be.greaterThan(0);
    expect(events).to.have.length(1);
  });

  it('a fallback document (the linked map’s) is drawn and its problems shown, but not reported again', async () => {
    const { el, events } = await probe();
    el.fallback = { schemaVersion: 1 };
    el.requestUpdate();
    await el.updateComplete;
    expect(panelCodes(el).length).to.be.greaterThan(0);
    expect(events).to.deep.equal([]);
  });

  it('lays out once per journey and whole-pixel width', async () => {
    const { el } = await probe();
    el.journey = withWarning();
    await el.updateComplete;
    const layout = el.doc.layout(400, { headerWidth: 100, minColumnWidth: 50 });
    expect(layout!.columns).to.have.length(1);
    expect(el.doc.layout(400.7, { headerWidth: 100, minColumnWidth: 50 })).to.equal(layout);
    expect(el.doc.layout(401, { headerWidth: 100, minColumnWidth: 50 })).to.not.equal(layout);
    await nextFrame();
  });
});

describe('elements on the journey controller', () => {
  for (const tag of ['journey-flow', 'opportunity-matrix', 'journey-customers', 'journey-map']) {
    it(`<${tag} src> fetches its document, and a failed load is one journey-error with source "network"`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 900px"></div>`);
      const el = document.createElement(tag) as LitElement & { src?: string };
      const events = record(el);
      el.setAttribute('locale', 'en');
      el.src = '/test/fixtures/no-such-journey.json';
      wrapper.append(el);
      for (let i = 0; i < 200 && !el.shadowRoot!.querySelector('[role="alert"]'); i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        await el.updateComplete;
      }
      expect(el.shadowRoot!.querySelector('[role="alert"] li')?.getAttribute('data-code')).to.equal('http-status');
      expect(events.map((event) => event.source)).to.deep.equal(['network']);
      el.src = '/stories/assets/phone-system.json';
      const drawn = () => !el.shadowRoot!.querySelector('[role="alert"]') && el.shadowRoot!.textContent!.trim().length > 0;
      for (let i = 0; i < 300 && !drawn(); i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        await el.updateComplete;
      }
      expect(drawn(), 'loaded and drawn').to.equal(true);
      expect(events, 'a loaded document without problems adds none').to.have.length(1);
    });
  }
});
