import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/journey-map/journey-map.js';
import '../../src/elements/opportunity-matrix/opportunity-matrix.js';
import type { OpportunityMatrix } from '../../src/elements/opportunity-matrix/opportunity-matrix.component.js';
import { moveInCell, moveInGrid } from '../../src/elements/opportunity-matrix/matrix-keys.js';
import type { JourneySelectEvent } from '../../src/events.js';
import { opportunityMatrix } from '../../src/layout/matrix.js';
import { normalizeJourney } from '../../src/model/normalize.js';
import type { JourneyDocument } from '../../src/model/types.js';
import { validateJourney } from '../../src/model/validate.js';
import { deepActiveElement, laptopJourney, settle } from '../elements/map-fixture.js';

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

function withIdeas(): JourneyDocument {
  const doc = laptopJourney();
  const [search, ask] = doc.stages[0].steps!;
  search.opportunities = [
    { text: 'Comparison page', owner: 'Web', impact: 'high', effort: 'low', status: 'planned' },
    { text: 'Chat bot', impact: 'medium', effort: 'high' },
  ];
  ask.opportunities = [
    { text: 'Call-back queue', owner: 'Sales', impact: 'high', effort: 'low', status: 'in-progress' },
    { text: 'Price list', impact: 'high' },
  ];
  doc.stages[1].steps![0].opportunities = [{ text: 'One-click pay', owner: 'Billing', impact: 'low', effort: 'medium', status: 'done' }];
  return doc;
}

const cardsIn = (matrix: OpportunityMatrix, row: number, column: number) =>
  Array.from(matrix.shadowRoot!.querySelectorAll(`[data-row="${row}"][data-column="${column}"] .card__text`)).map(text);

async function standalone(journey: unknown = withIdeas()): Promise<OpportunityMatrix> {
  const matrix = await fixture<OpportunityMatrix>(html`<opportunity-matrix locale="en" .journey=${journey}></opportunity-matrix>`);
  await matrix.updateComplete;
  return matrix;
}

describe('<opportunity-matrix>', () => {
  it('opportunityMatrix places cards by impact (rows, high first) and effort (columns, low first)', () => {
    const matrix = opportunityMatrix(normalizeJourney(validateJourney(withIdeas()).journey!));
    const keys = matrix.cells.map((row) => row.map((cell) => cell.map((card) => card.key)));
    expect(keys).to.deep.equal([
      [['search/0', 'ask/0'], [], []],
      [[], [], ['search/1']],
      [[], ['order/0'], []],
    ]);
    expect(matrix.unrated.map((card) => card.key)).to.deep.equal(['ask/1']);
    expect(matrix.cells[0][0][1]).to.deep.equal({
      key: 'ask/0', stepId: 'ask', stageId: 'discover', stepTitle: 'Asks sales', text: 'Call-back queue',
      owner: 'Sales', status: 'in-progress', impact: 'high', effort: 'low',
    });
  });

  it('moves like an APG grid', () => {
    expect(moveInGrid({ row: 1, column: 1 }, 'ArrowRight', false, 3, 3)).to.deep.equal({ row: 1, column: 2 });
    expect(moveInGrid({ row: 1, column: 2 }, 'ArrowRight', false, 3, 3)).to.deep.equal({ row: 1, column: 2 });
    expect(moveInGrid({ row: 1, column: 1 }, 'ArrowRight', false, 3, 3, true)).to.deep.equal({ row: 1, column: 0 });
    expect(moveInGrid({ row: 0, column: 1 }, 'ArrowUp', false, 3, 3)).to.deep.equal({ row: 0, column: 1 });
    expect(moveInGrid({ row: 1, column: 1 }, 'Home', false, 3, 3)).to.deep.equal({ row: 1, column: 0 });
    expect(moveInGrid({ row: 1, column: 1 }, 'End', true, 3, 3)).to.deep.equal({ row: 2, column: 2 });
    expect(moveInGrid({ row: 1, column: 1 }, 'a', false, 3, 3)).to.equal(undefined);
    expect(moveInCell(0, 'ArrowDown', 2)).to.equal(1);
    expect(moveInCell(1, 'ArrowDown', 2)).to.equal(1);
    expect(moveInCell(1, 'Home', 2)).to.equal(0);
  });

  it('renders a named grid of 3 × 3 cells with headers, cards with step, owner and status', async () => {
    const matrix = await standalone();
    const root = matrix.shadowRoot!;
    const grid = root.querySelector('[role="grid"]')!;
    expect(grid.getAttribute('aria-label')).to.equal('Opportunities by impact and effort');
    expect(root.querySelectorAll('[role="row"]').length).to.equal(4);
    expect(root.querySelectorAll('[role="gridcell"]').length).to.equal(9);
    expect(Array.from(root.querySelectorAll('[role="rowheader"]')).map(text)).to.deep.equal(['Impact: high', 'Impact: medium', 'Impact: low']);
    expect(Array.from(root.querySelectorAll('[role="columnheader"]')).map(text).slice(1)).to.deep.equal(['Effort: low', 'Effort: medium', 'Effort: high']);
    expect(cardsIn(matrix, 0, 0)).to.deep.equal(['Comparison page', 'Call-back queue']);
    expect(cardsIn(matrix, 2, 1)).to.deep.equal(['One-click pay']);
    expect(root.querySelector('[data-row="0"][data-column="0"]')!.getAttribute('title')).to.equal('Impact high, effort low: 2');
    expect(text(root.querySelector('[data-key="ask/0"] .card__meta'))).to.equal('Step: Asks sales Owner: Sales in progress');
    expect(text(root.querySelector('[part="unrated"] .card__text'))).to.equal('Price list');
    // One tab stop in the grid: the first cell.
    expect(Array.from(grid.querySelectorAll('[tabindex="0"]')).length).to.equal(1);
    await expect(matrix).to.be.accessible();
  });

  it('stacks in a narrow container: each cell full width under its impact band, its effort named, no word cut', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 360px">
      <opportunity-matrix locale="en" .journey=${withIdeas()}></opportunity-matrix>
    </div>`);
    const matrix = wrapper.querySelector('opportunity-matrix')!;
    await settle(matrix);
    const root = matrix.shadowRoot!;
    const cell = root.querySelector<HTMLElement>('[data-row="0"][data-column="0"]')!;
    expect(cell.getBoundingClientRect().width).to.be.greaterThan(300);
    expect(getComputedStyle(cell.querySelector('.cell__effort')!).display).to.equal('block');
    expect(text(cell.querySelector('.cell__effort'))).to.equal('Effort: low');
    for (const card of root.querySelectorAll<HTMLElement>('.card')) expect(card.scrollWidth, text(card)).to.be.at.most(card.clientWidth + 1);
    // Still a 3 × 3 grid for assistive technology, the column headers only out of sight.
    expect(root.querySelectorAll('[role="columnheader"]').length).to.equal(4);
    expect(root.querySelector('[role="columnheader"]')!.parentElement!.getBoundingClientRect().width).to.be.at.most(1);
    await expect(matrix).to.be.accessible();
    // Wide, the effort is the column's header and the cells do not repeat it.
    wrapper.style.inlineSize = '1000px';
    await settle(matrix);
    expect(getComputedStyle(cell.querySelector('.cell__effort')!).display).to.equal('none');
    expect(cell.getBoundingClientRect().width).to.be.lessThan(300);
  });

  it('arrow keys move between cells, Enter into the cards, Escape back; Enter on a card selects its step', async () => {
    const matrix = await standalone();
    const root = matrix.shadowRoot!;
    root.querySelector<HTMLElement>('[data-row="0"][data-column="0"]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActiveElement()?.getAttribute('title')).to.equal('Impact medium, effort low: 0');
    await sendKeys({ press: 'End' });
    expect(deepActiveElement()?.getAttribute('title')).to.equal('Impact medium, effort high: 1');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Home' });
    expect(deepActiveElement()?.getAttribute('title')).to.equal('Impact high, effort low: 2');
    await sendKeys({ press: 'Enter' });
    expect(deepActiveElement()?.getAttribute('data-key')).to.equal('search/0');
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActiveElement()?.getAttribute('data-key')).to.equal('ask/0');
    const selected = oneEvent(matrix, 'journey-select') as Promise<JourneySelectEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail).to.deep.equal({ stageId: 'discover', stepId: 'ask', lane: 'opportunities' });
    await matrix.updateComplete;
    expect(root.querySelector('[data-key="ask/0"]')!.getAttribute('aria-pressed')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    expect(deepActiveElement()?.getAttribute('role')).to.equal('gridcell');
    // The tab stop stays on the cell last visited.
    expect(root.querySelector('[data-row="0"][data-column="0"]')!.getAttribute('tabindex')).to.equal('0');
  });

  it('linked to a map with `for`: reads its document and filter, and selecting a card selects the column', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1000px">
      <journey-map id="laptop" locale="en" .journey=${withIdeas()}></journey-map>
      <opportunity-matrix for="laptop" locale="en"></opportunity-matrix>
    </div>`);
    const map = wrapper.querySelector('journey-map')!;
    const matrix = wrapper.querySelector('opportunity-matrix')!;
    await settle(map);
    await matrix.updateComplete;
    expect(cardsIn(matrix, 0, 0)).to.deep.equal(['Comparison page', 'Call-back queue']);
    matrix.shadowRoot!.querySelector<HTMLElement>('[data-key="order/0"]')!.click();
    await settle(map);
    expect(map.selected).to.equal('order');
    // The map's filter dims the cards of the steps outside it; none is removed.
    (map as unknown as { filter: unknown }).filter = { owner: 'Sales' };
    matrix.filter = { owner: 'Sales' };
    await matrix.updateComplete;
    const dimmed = Array.from(matrix.shadowRoot!.querySelectorAll('.card.dimmed')).map((card) => card.getAttribute('data-key'));
    expect(dimmed).to.deep.equal(['search/0', 'search/1', 'order/0']);
    expect(matrix.shadowRoot!.querySelectorAll('.card').length).to.equal(5);
    expect(text(matrix.shadowRoot!.querySelector('[data-key="search/0"] .visually-hidden'))).to.equal('outside the filter');
  });

  it('speaks Russian, reports an invalid document, and says when there is nothing', async () => {
    const ru = await fixture<OpportunityMatrix>(html`<opportunity-matrix locale="ru" .journey=${withIdeas()}></opportunity-matrix>`);
    expect(text(ru.shadowRoot!.querySelector('[role="rowheader"]'))).to.equal('Эффект: высокий');
    const error = await fixture<OpportunityMatrix>(html`<opportunity-matrix locale="en"></opportunity-matrix>`);
    const reported = oneEvent(error, 'journey-error');
    error.journey = { schemaVersion: 1 } as JourneyDocument;
    expect((await reported).detail.errors.length).to.be.greaterThan(0);
    await error.updateComplete;
    expect(error.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
    const empty = await standalone(laptopJourney());
    expect(text(empty.shadowRoot!.querySelector('.empty'))).to.equal('No opportunities to show.');
  });
});
