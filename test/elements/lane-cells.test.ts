import { expect, fixture, html } from '@open-wc/testing';
import { css, LitElement } from 'lit';
import { laneTitle } from '../../src/i18n/lane-strings.js';
import type { Locale } from '../../src/i18n/locale.js';
import type { NormalizedLane, NormalizedStep } from '../../src/model/types.js';
import { laneCellStyles, renderLaneCell, type CellContext } from '../../src/elements/stage-lane/lane-cells.js';
import { tokenDeclarations } from '../../src/elements/shared/tokens.js';
import { HOSTILE, journey, lanes, makeStep, steps } from '../fixtures/normalized.js';
import { translator } from '../../src/i18n/translator.js';

/** A test-only host that renders one cell with the cell styles, the way a lane element would. */
class TestCellHost extends LitElement {
  static override properties = {
    lane: { attribute: false },
    step: { attribute: false },
    ctx: { attribute: false },
  };
  static override styles = [
    laneCellStyles,
    css`
      :host {
        ${tokenDeclarations}
        color-scheme: light;
        display: block;
        background: var(--journey-surface);
        padding: 4px;
      }
      :host([theme='dark']) {
        color-scheme: dark;
      }
    `,
  ];
  declare lane: NormalizedLane;
  declare step: NormalizedStep;
  declare ctx: CellContext;
  override render() {
    return renderLaneCell(this.lane, this.step, this.ctx);
  }
}
customElements.define('test-cell-host', TestCellHost);

const intlTags: Record<Locale, string> = { en: 'en-US', ru: 'ru-RU', ro: 'ro-RO' };

async function cell(
  lane: NormalizedLane,
  step: NormalizedStep,
  options: Partial<CellContext> & { theme?: string } = {},
): Promise<ShadowRoot> {
  const { theme, ...rest } = options;
  const locale = rest.locale ?? 'en';
  const ctx: CellContext = { journey, locale, intlLocale: intlTags[locale], ...rest };
  const host = await fixture<TestCellHost>(
    html`<test-cell-host lang=${locale} theme=${theme ?? 'light'} .lane=${lane} .step=${step} .ctx=${ctx}></test-cell-host>`,
  );
  return host.shadowRoot!;
}

/** Collapses markup whitespace only: the no-break spaces in formatted numbers are part of what users see. */
const collapse = (value: string) => value.replace(/[ \t\n\r]+/g, ' ').trim();

/** The text a sighted user reads: everything except the screen-reader-only sentences, spaces collapsed. */
function shown(node: Element): string {
  const clone = node.cloneNode(true) as Element;
  clone.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  return collapse(clone.textContent!);
}

/** The text a screen reader reads: everything outside aria-hidden subtrees, spaces collapsed. */
function spokenText(node: Node): string {
  const walk = (current: Node): string => {
    if (current instanceof Element && current.getAttribute('aria-hidden') === 'true') return ' ';
    if (current.nodeType === Node.TEXT_NODE) return current.textContent ?? '';
    return Array.from(current.childNodes).map(walk).join('');
  };
  return collapse(walk(node));
}

const all = (root: ParentNode, selector: string) => Array.from(root.querySelectorAll(selector));
const texts = (root: ParentNode, selector: string) => all(root, selector).map((element) => shown(element));
const tooltip = (element: Element) => element.getAttribute('title');

describe('lane cells', () => {
  describe('text lanes', () => {
    it('lists every action in full', async () => {
      const root = await cell(lanes.actions, steps[0]);
      expect(texts(root, '.lane-cell--actions li')).to.deep.equal(['Misses calls while on site', 'Checks voicemail at night']);
      await expect(root.host).to.be.accessible();
    });

    it('shows thoughts as quotations', async () => {
      const root = await cell(lanes.thoughts, steps[0]);
      expect(texts(root, 'li > q')).to.deep.equal(['Why does nobody call back?']);
      expect(getComputedStyle(root.querySelector('li')!).fontStyle).to.equal('italic');
    });

    it('redraws a text cell whose entries change: fewer, edited, then quoted', async () => {
      const root = await cell(lanes.actions, makeStep(0, 'edited', { actions: ['One', 'Two', 'Three'] }));
      const host = root.host as TestCellHost;
      expect(texts(root, 'li')).to.deep.equal(['One', 'Two', 'Three']);
      host.step = makeStep(0, 'edited', { actions: ['One, edited', HOSTILE] });
      await host.updateComplete;
      expect(texts(root, 'li')).to.deep.equal(['One, edited', HOSTILE]);
      expect(root.querySelector('img')).to.equal(null);
      host.lane = lanes.thoughts;
      host.step = makeStep(0, 'edited', { thoughts: ['Said once'] });
      await host.updateComplete;
      expect(texts(root, 'li > q')).to.deep.equal(['Said once']);
      expect(root.querySelectorAll('li')).to.have.length(1);
    });

    it('renders hostile text as literal text, never as markup', async () => {
      const root = await cell(lanes.questions, steps[0]);
      expect(texts(root, 'li')).to.deep.equal([HOSTILE]);
      expect(root.querySelector('img')).to.equal(null);
    });

    it('reads custom fields as lists or as a paragraph', async () => {
      const list = await cell(lanes.checklist, steps[0], { locale: 'ro' });
      expect(texts(list, 'li')).to.deep.equal(['Dovezi de identitate', 'Contract']);
      const paragraph = await cell(lanes.summaryNote, steps[0], { locale: 'ru' });
      expect(texts(paragraph, 'p')).to.deep.equal([steps[0].summaryNote]);
    });

    it('wraps long words inside a narrow column instead of overflowing', async () => {
      const root = await cell(lanes.summaryNote, steps[0], { locale: 'ru' });
      (root.host as HTMLElement).style.inlineSize = '90px';
      const paragraph = root.querySelector('p')!;
      const style = getComputedStyle(paragraph);
      expect([style.overflowWrap, style.hyphens]).to.deep.equal(['anywhere', 'auto']);
      expect(paragraph.scrollWidth).to.be.at.most(paragraph.clientWidth);
    });

    it('renders nothing for a step without the field', async () => {
      const root = await cell(lanes.actions, steps[1]);
      expect(root.querySelector('.lane-cell')).to.equal(null);
    });
  });

  describe('touchpoints', () => {
    it('shows the channel icon, label and text, with no marker in the first column', async () => {
      const root = await cell(lanes.touchpoints, steps[0]);
      expect(texts(root, '.touchpoint')).to.deep.equal(['Social media Sees an ad in the feed']);
      const icon = root.querySelector('.touchpoint svg')!;
      expect(icon.getAttribute('class')).to.equal('icon icon--social');
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      expect(root.querySelector('.switch')).to.equal(null);
    });

    it('marks channel, device and owner switches against the previous column, compactly in the cell’s corner', async () => {
      const root = await cell(lanes.touchpoints, steps[1], { previous: steps[0] });
      // The words are the markers' tooltips and screen-reader sentences, not boxes of text.
      expect(all(root, '.switch').map(shown)).to.deep.equal(['', '', '']);
      expect(all(root, '.switch').map(tooltip)).to.deep.equal([
        'Channel switch: Social media → Website, Phone',
        'Device switch: mobile → desktop, phone',
        'Owner change: Marketing → Sales',
      ]);
      expect(all(root, '.switch').map(spokenText)).to.deep.equal([
        'Channel switch from Social media to Website, Phone',
        'Device switch from mobile to desktop, phone',
        'Owner change from Marketing to Sales',
      ]);
      expect(all(root, '.switch svg').map((svg) => svg.getAttribute('class'))).to.deep.equal([
        'icon icon--switch',
        'icon icon--switch-device',
        'icon icon--switch-owner',
      ]);
      // One row of small markers: together not taller than one line of text, side by side.
      const boxes = all(root, '.switch').map((marker) => marker.getBoundingClientRect());
      for (const box of boxes) expect(box.height).to.be.at.most(22);
      expect(new Set(boxes.map((box) => Math.round(box.top))).size).to.equal(1);
      expect(texts(root, '.touchpoint')).to.deep.equal([
        'Social media Reads reviews',
        'Website Compares plans',
        'Phone Calls sales Owner: Sales',
      ]);
      await expect(root.host).to.be.accessible();
    });

    it('shows no switch markers under no-switches', async () => {
      const root = await cell(lanes.touchpoints, steps[1], { previous: steps[0], noSwitches: true });
      expect(root.querySelector('.switch')).to.equal(null);
      expect(texts(root, '.touchpoint')).to.have.length(3);
    });

    it('falls back from the declared icon to the channel id, then to the generic icon', async () => {
      const root = await cell(lanes.touchpoints, steps[2], { previous: steps[1] });
      expect(all(root, '.touchpoint svg').map((svg) => svg.getAttribute('class'))).to.deep.equal([
        'icon icon--chat',
        'icon icon--other',
        'icon icon--other',
      ]);
      expect(texts(root, '.channel__label')).to.deep.equal(['Live chat', 'Fax', 'mystery']);
      expect(all(root, '.switch').map(tooltip)).to.deep.equal(['Channel switch: Social media, Website, Phone → Live chat, Fax, mystery']);
    });

    it('localizes the markers and device names', async () => {
      const ru = await cell(lanes.touchpoints, steps[1], { previous: steps[0], locale: 'ru' });
      expect(all(ru, '.switch').map(tooltip)).to.deep.equal([
        'Смена канала: Social media → Website, Phone',
        'Смена устройства: смартфон → компьютер, телефон',
        'Смена ответственного: Marketing → Sales',
      ]);
      const ro = await cell(lanes.touchpoints, steps[1], { previous: steps[0], locale: 'ro' });
      expect(all(ro, '.switch').map(spokenText)[1]).to.equal('Schimbare de dispozitiv de la mobil la calculator, telefon');
    });
  });

  describe('pain points', () => {
    it('labels chips by category, shows severity in words and names the persona', async () => {
      const root = await cell(lanes.painPoints, steps[0]);
      const chips = all(root, '.chip');
      expect(chips.map((chip) => chip.className)).to.deep.equal([
        'chip pain pain--financial',
        'chip pain pain--process',
        'chip pain pain--custom',
        'chip pain pain--support',
        'chip pain pain--performance',
      ]);
      expect(texts(root, '.chip__category')).to.deep.equal(['Financial', 'Process', 'Legal review', 'Support', 'Performance']);
      expect(chips.map(spokenText)).to.deep.equal([
        'Financial Lost deals Severity 4 of 5',
        'Process Manual call-back lists Severity 2 of 5 Olga Ivanova',
        'Legal review Budget approval Chris Doe',
        'Support Tickets bounce between teams Severity 5 of 5',
        'Performance Outages at peak hours Severity 1 of 5',
      ]);
      expect(texts(root, '.severity__dots')).to.deep.equal(['●●●●○', '●●○○○', '●●●●●', '●○○○○']);
      expect(getComputedStyle(chips[0]).borderInlineStartColor).to.equal('rgb(161, 98, 7)');
      expect(getComputedStyle(chips[1]).borderInlineStartColor).to.equal('rgb(29, 78, 216)');
      await expect(root.host).to.be.accessible();
    });

    it('leaves out another persona’s pain points when filtered', async () => {
      const root = await cell(lanes.painPoints, steps[0], { persona: 'ops', locale: 'ru' });
      expect(texts(root, '.pain__text')).to.deep.equal([
        'Lost deals',
        'Manual call-back lists',
        'Tickets bounce between teams',
        'Outages at peak hours',
      ]);
      expect(texts(root, '.chip__category')).to.deep.equal(['Финансы', 'Процесс', 'Поддержка', 'Работа сервиса']);
      expect(root.querySelector('.pain__persona')).to.equal(null);
      expect(spokenText(root.querySelector('.severity')!)).to.equal('Критичность 4 из 5');
    });
  });

  describe('opportunities and backstage', () => {
    it('shows owner, impact and effort with localized labels', async () => {
      // The owner as a labelled fact; impact and effort as chips (label and level).
      const facts = async (locale: Locale) => {
        const root = await cell(lanes.opportunities, steps[0], { locale });
        const owner = all(root, '.fact').map((fact) => [shown(fact.querySelector('dt')!), shown(fact.querySelector('dd')!)]);
        const chips = all(root, '.opportunity__chip').map((chip) => shown(chip));
        return [...owner, ...chips];
      };
      expect(await facts('en')).to.deep.equal([['Owner', 'Support'], 'Impact high', 'Effort low']);
      expect(await facts('ru')).to.deep.equal([['Ответственный', 'Support'], 'Эффект высокий', 'Трудозатраты низкие']);
      expect(await facts('ro')).to.deep.equal([['Responsabil', 'Support'], 'Impact ridicat', 'Efort scăzut']);
      const root = await cell(lanes.opportunities, steps[0]);
      expect(texts(root, '.opportunity__text')).to.deep.equal(['Offer call forwarding']);
      await expect(root.host).to.be.accessible();
    });

    it('shows the backstage actor, text and system', async () => {
      const root = await cell(lanes.backstage, steps[0], { locale: 'ru' });
      expect(texts(root, '.backstage')).to.deep.equal(['Sales team Logs the lead Система: CRM']);
      await expect(root.host).to.be.accessible();
    });

    it('shows the owning department', async () => {
      const root = await cell(lanes.owner, steps[0]);
      expect(texts(root, '.owner')).to.deep.equal(['Marketing']);
    });
  });

  describe('metrics', () => {
    it('formats values, trend and target for sighted users and for screen readers', async () => {
      const root = await cell(lanes.metrics, steps[0]);
      const metrics = all(root, '.metric');
      expect(metrics.map((metric) => metric.className)).to.deep.equal([
        'metric metric--bad metric--by-target',
        'metric metric--good metric--by-target',
        'metric metric--neutral metric--by-trend',
      ]);
      expect(metrics.map(shown)).to.deep.equal([
        'CSAT 3.9 Target 4.5 · ✗ not met ▲ +0.3 (was 3.6) · better',
        'Response time 12,345.5\u00a0s Target 20,000\u00a0s · ✓ met ▲ +3,345.5\u00a0s (was 9,000\u00a0s) · worse',
        'Support tickets 42 ▬ 0 (was 42) · no change',
      ]);
      expect(metrics.map(spokenText)).to.deep.equal([
        'CSAT: 3.9, target 4.5, not met; up 0.3 from 3.6, better',
        'Response time: 12345.5\u00a0s, target 20000\u00a0s, met; up 3345.5\u00a0s from 9000\u00a0s, worse',
        'Support tickets: 42, unchanged from 42',
      ]);
      // With a target, the target is the one status in colour; the trend beside it is muted.
      const colour = (index: number, selector: string) => getComputedStyle(metrics[index].querySelector(selector)!).color;
      expect([colour(0, '.target'), colour(1, '.target')]).to.deep.equal(['rgb(185, 28, 28)', 'rgb(21, 128, 61)']);
      expect([colour(0, '.trend'), colour(1, '.trend')]).to.deep.equal(['rgb(75, 85, 99)', 'rgb(75, 85, 99)']);
      await expect(root.host).to.be.accessible();
    });

    it('uses the locale’s number format, without group separators in spoken text', async () => {
      const ru = await cell(lanes.metrics, steps[0], { locale: 'ru' });
      const [csat, response] = all(ru, '.metric');
      expect(shown(csat)).to.equal('CSAT 3,9 Цель 4,5 · ✗ не достигнута ▲ +0,3 (было 3,6) · лучше');
      expect(shown(response.querySelector('.metric__value')!)).to.match(/^12\s345,5\u00a0s$/);
      expect(spokenText(response)).to.equal(
        'Response time: 12345,5\u00a0s, цель 20000\u00a0s, достигнута; рост на 3345,5\u00a0s, было 9000\u00a0s, хуже',
      );
      const ro = await cell(lanes.metrics, steps[0], { locale: 'ro' });
      const [roCsat, roResponse] = all(ro, '.metric');
      expect(spokenText(roCsat)).to.equal('CSAT: 3,9, țintă 4,5, neatinsă; a crescut cu 0,3 față de 3,6, mai bine');
      expect(shown(roResponse.querySelector('.metric__value')!)).to.equal('12.345,5\u00a0s');
    });

    it('labels a reading of an undeclared metric by its id', async () => {
      const root = await cell(lanes.metrics, steps[1]);
      expect(all(root, '.metric').map(spokenText)).to.deep.equal(['unknown-kpi: 7']);
    });
  });

  describe('emotion', () => {
    it('shows each persona’s value with scale label, and the sign by shape and word', async () => {
      const root = await cell(lanes.emotion, steps[0]);
      const entries = all(root, '.emotion');
      expect(entries.map(shown)).to.deep.equal(['Olga Ivanova -1.5 Annoyed', 'Chris Doe 0 Neutral']);
      expect(entries.map(spokenText)).to.deep.equal([
        'Olga Ivanova: -1.5 on a scale from -2 to 2, negative, Annoyed',
        'Chris Doe: 0 on a scale from -2 to 2, neutral, Neutral',
      ]);
      expect(all(root, '.emotion svg').map((svg) => svg.getAttribute('class'))).to.deep.equal([
        'icon icon--emotion-negative',
        'icon icon--emotion-neutral',
      ]);
      await expect(root.host).to.be.accessible();
    });

    it('shows only the filtered persona, and nothing when it has no value', async () => {
      const ops = await cell(lanes.emotion, steps[2], { persona: 'ops', locale: 'ru' });
      expect(all(ops, '.emotion').map(spokenText)).to.deep.equal([
        'Olga Ivanova: +2 по шкале от -2 до 2, положительная, Delighted',
      ]);
      const cfo = await cell(lanes.emotion, steps[1], { persona: 'cfo' });
      expect(cfo.querySelector('.lane-cell')).to.equal(null);
    });
  });

  describe('hostile and malformed data', () => {
    const hostileStep = makeStep(0, 'hostile', {
      actions: [HOSTILE],
      touchpoints: [{ channel: HOSTILE, text: HOSTILE, owner: HOSTILE }],
      painPoints: [{ text: HOSTILE, category: HOSTILE, severity: 3 }],
      opportunities: [{ text: HOSTILE, owner: HOSTILE, impact: HOSTILE as 'low' }],
      backstage: [{ text: HOSTILE, actor: HOSTILE, system: HOSTILE }],
      metrics: [{ metric: HOSTILE, value: 1 }],
      owner: HOSTILE,
    });

    for (const lane of [
      lanes.actions,
      lanes.touchpoints,
      lanes.painPoints,
      lanes.opportunities,
      lanes.backstage,
      lanes.metrics,
      lanes.owner,
    ]) {
      it(`${lane.kind}: shows markup as text`, async () => {
        const root = await cell(lane, hostileStep);
        expect(root.querySelector('img')).to.equal(null);
        expect(shown(root.querySelector('.lane-cell')!)).to.include(HOSTILE);
      });
    }

    it('skips entries that are not what the format says, without throwing', async () => {
      const odd = makeStep(0, 'odd', {
        actions: ['Kept', 7, null, { text: 'object' }] as unknown as string[],
        painPoints: [null, 'text', { category: 'process' }] as unknown as [],
        metrics: [{ metric: 'csat', value: 'high' }] as unknown as [],
      });
      expect(texts(await cell(lanes.actions, odd), 'li')).to.deep.equal(['Kept']);
      expect((await cell(lanes.painPoints, odd)).querySelector('.lane-cell')).to.equal(null);
      expect((await cell(lanes.metrics, odd)).querySelector('.lane-cell')).to.equal(null);
    });
  });

  describe('dark theme', () => {
    it('keeps AA contrast with the dark tokens', async () => {
      for (const lane of [lanes.painPoints, lanes.metrics, lanes.emotion, lanes.opportunities]) {
        const root = await cell(lane, steps[0], { theme: 'dark' });
        await expect(root.host).to.be.accessible();
      }
      const chips = await cell(lanes.painPoints, steps[0], { theme: 'dark' });
      expect(getComputedStyle(chips.querySelector('.chip')!).borderInlineStartColor).to.equal('rgb(251, 191, 36)');
    });
  });

  describe('laneTitle', () => {
    it('prefers the document title, then the host override, then the dictionary', () => {
      expect(laneTitle({ kind: 'actions', key: 'actions', title: 'Tasks' }, translator('ru', { 'lane.actions': 'X' }))).to.equal('Tasks');
      expect(laneTitle(lanes.actions, translator('ru', { 'lane.actions': 'Шаги' }))).to.equal('Шаги');
      expect(laneTitle(lanes.actions, translator('en'))).to.equal('Doing');
      expect(laneTitle(lanes.thoughts, translator('ru'))).to.equal('Мысли и чувства');
      expect(laneTitle(lanes.painPoints, translator('ro'))).to.equal('Puncte de durere');
      expect(laneTitle(lanes.opportunities, translator('ro'))).to.equal('Oportunități');
    });

    it('names a text lane by its title, override or field', () => {
      expect(laneTitle(lanes.summaryNote, translator('en'))).to.equal('Summary');
      expect(laneTitle(lanes.checklist, translator('ro'))).to.equal('checklist');
      expect(laneTitle(lanes.checklist, translator('ro', { 'lane.text:checklist': 'Documente' }))).to.equal('Documente');
      expect(laneTitle({ kind: 'text', key: 'text:' }, translator('ru'))).to.equal('Заметки');
    });
  });
});
