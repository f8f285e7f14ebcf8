import { expect } from '@open-wc/testing';
import {
  customerProgress,
  DEFAULT_STALL_AFTER_DAYS,
  finalSteps,
  eventTime,
  lastEventOf,
  orderedEventIndices,
  progressState,
  referenceInstant,
} from '../../src/model/progress.js';
import type { Individual, IndividualEvent } from '../../src/model/types.js';

const steps = new Map([
  ['a', 0],
  ['b', 1],
  ['c', 2],
]);
const customer = (events: IndividualEvent[]): Individual => ({ id: 'c-1', events });
const ASOF = '2026-10-01';
const ASOF_MS = Date.UTC(2026, 9, 1);

describe('customerProgress', () => {
  it('puts the customer on the step of the event with the latest `at`, whatever the listed order', () => {
    const progress = customerProgress(
      customer([
        { step: 'c', at: '2026-09-10T10:00:00Z' },
        { step: 'a', at: '2026-09-01T10:00:00Z' },
        { step: 'b', at: '2026-09-05T10:00:00Z' },
      ]),
      steps,
      { asOf: ASOF },
    );
    expect(progress).to.deep.equal({
      currentStep: 2,
      lastEvent: 0,
      lastAt: Date.UTC(2026, 8, 10, 10),
      finished: false,
      stalled: true,
      // 2026-09-10T10:00 → 2026-10-01T00:00 is 20 days 14 hours
      stalledDays: 20,
    });
  });

  it('breaks ties in `at` by listed order: the later listed event is the last', () => {
    const progress = customerProgress(
      customer([
        { step: 'a', at: '2026-09-20T10:00:00Z' },
        { step: 'c', at: '2026-09-25T10:00:00Z' },
        { step: 'b', at: '2026-09-25T10:00:00Z' },
      ]),
      steps,
      { asOf: ASOF },
    );
    expect(progress.currentStep).to.equal(1);
    expect(progress.lastEvent).to.equal(2);
    expect(progress.stalledDays).to.equal(5);
    expect(progress.stalled).to.equal(false);
  });

  it('treats equal instants written in other zones or shapes as ties', () => {
    const progress = customerProgress(
      customer([
        { step: 'b', at: '2026-09-25T13:00:00+03:00' },
        { step: 'a', at: '2026-09-25T10:00:00Z' },
        { step: 'c', at: '2026-09-24' },
      ]),
      steps,
      { asOf: ASOF },
    );
    expect(progress.lastEvent).to.equal(1);
    expect(progress.currentStep).to.equal(0);
    expect(progress.lastAt).to.equal(Date.UTC(2026, 8, 25, 10));
  });

  it('lets an event without `at` inherit the time of the dated event listed before it', () => {
    // b (undated) sorts right after a (Sep 20), so c (Sep 22) stays the last.
    const first = customerProgress(
      customer([
        { step: 'a', at: '2026-09-20' },
        { step: 'c', at: '2026-09-22' },
        { step: 'b' },
      ]),
      steps,
      { asOf: ASOF },
    );
    expect(first.lastEvent).to.equal(2, 'undated after Sep 22 inherits Sep 22 and, listed later, wins the tie');
    expect(first.currentStep).to.equal(1);
    expect(first.lastAt).to.equal(Date.UTC(2026, 8, 22));
    const second = customerProgress(
      customer([
        { step: 'c', at: '2026-09-22' },
        { step: 'a', at: '2026-09-20' },
        { step: 'b' },
      ]),
      steps,
      { asOf: ASOF },
    );
    expect(second.lastEvent).to.equal(0, 'undated after Sep 20 inherits Sep 20, before Sep 22');
    expect(second.currentStep).to.equal(2);
  });

  it('puts undated events listed before every dated one first', () => {
    const progress = customerProgress(customer([{ step: 'c' }, { step: 'a', at: '2026-09-20' }]), steps, { asOf: ASOF });
    expect(progress.currentStep).to.equal(0);
    expect(progress.stalledDays).to.equal(11);
    expect(progress.stalled).to.equal(false);
  });

  it('reads a customer with no dates in listed order, never stalled', () => {
    const progress = customerProgress(customer([{ step: 'b' }, { step: 'a' }]), steps, { asOf: ASOF });
    expect(progress).to.deep.equal({ currentStep: 0, lastEvent: 1, lastAt: undefined, finished: false, stalled: false, stalledDays: undefined });
  });

  it('skips unreadable dates as if they were absent', () => {
    const progress = customerProgress(
      customer([
        { step: 'b', at: '2026-09-20' },
        { step: 'a', at: 'yesterday' },
        { step: 'c', at: '2026-09-19' },
      ]),
      steps,
      { asOf: ASOF },
    );
    expect(progress.lastEvent).to.equal(1);
    expect(progress.lastAt).to.equal(Date.UTC(2026, 8, 20));
  });

  it('has no step and no date without events', () => {
    expect(customerProgress(customer([]), steps)).to.deep.equal({
      currentStep: undefined,
      lastEvent: undefined,
      lastAt: undefined,
      finished: false,
      stalled: false,
      stalledDays: undefined,
    });
  });

  it('knows the last event even when its step is not on the map', () => {
    const progress = customerProgress(customer([{ step: 'a', at: '2026-09-01' }, { step: 'gone', at: '2026-09-02' }]), steps, { asOf: ASOF });
    expect(progress.currentStep).to.equal(undefined);
    expect(progress.lastEvent).to.equal(1);
    expect(progress.stalledDays).to.equal(29);
  });

  it('counts as stalled only when the last event is more than stall-after days old', () => {
    const at = (text: string) => customer([{ step: 'a', at: text }]);
    // Exactly 14 days: not stalled. 14 days and one second: stalled, shown as 14 days.
    expect(customerProgress(at('2026-09-17'), steps, { asOf: ASOF })).to.include({ stalled: false, stalledDays: 14 });
    expect(customerProgress(at('2026-09-16T23:59:59Z'), steps, { asOf: ASOF })).to.include({ stalled: true, stalledDays: 14 });
    expect(customerProgress(at('2026-09-17'), steps, { asOf: ASOF, stallAfterDays: 13 })).to.include({ stalled: true });
    expect(customerProgress(at('2026-09-29'), steps, { asOf: ASOF, stallAfterDays: 0 })).to.include({ stalled: true, stalledDays: 2 });
    expect(customerProgress(at('2026-10-05'), steps, { asOf: ASOF })).to.include({ stalled: false, stalledDays: 0 });
  });

  it('uses the injectable clock when asOf is absent or unreadable', () => {
    const now = Date.UTC(2026, 11, 4, 12);
    const last = customer([{ step: 'b', at: '2026-11-01T12:00:00Z' }]);
    expect(customerProgress(last, steps, { now })).to.include({ stalled: true, stalledDays: 33 });
    expect(customerProgress(last, steps, { now: () => now, asOf: 'soon' })).to.include({ stalledDays: 33 });
    expect(customerProgress(last, steps, { now: Date.UTC(2026, 10, 10, 12) })).to.include({ stalled: false, stalledDays: 9 });
  });

  it('falls back to the default threshold for unusable stall-after values', () => {
    const last = customer([{ step: 'a', at: '2026-09-10' }]);
    for (const stallAfterDays of [-1, NaN, Infinity]) {
      expect(customerProgress(last, steps, { asOf: ASOF, stallAfterDays }).stalled).to.equal(true);
    }
    expect(DEFAULT_STALL_AFTER_DAYS).to.equal(14);
  });

  it('never throws on broken input', () => {
    const broken = { id: 'x', events: [null, { step: 3, at: 7 }, { step: 'a', at: '2026-09-30' }] } as unknown as Individual;
    expect(customerProgress(broken, steps, { asOf: ASOF })).to.include({ currentStep: 0, lastEvent: 2, stalledDays: 1 });
    expect(customerProgress({ id: 'y' } as unknown as Individual, steps).lastEvent).to.equal(undefined);
  });
});

describe('referenceInstant', () => {
  it('reads asOf as a date, else the clock', () => {
    expect(referenceInstant({ asOf: ASOF })).to.equal(ASOF_MS);
    expect(referenceInstant({ asOf: 5, now: 9 })).to.equal(5);
    expect(referenceInstant({ asOf: '2026-02-30', now: 9 })).to.equal(9);
    const before = Date.now();
    expect(referenceInstant()).to.be.within(before, Date.now());
  });
});

describe('event order', () => {
  it('orders by `at`, ties in listed order, undated events after the dated one before them', () => {
    const events: IndividualEvent[] = [
      { step: 'a' },
      { step: 'b', at: '2026-09-03' },
      { step: 'c' },
      { step: 'a', at: '2026-09-01' },
      { step: 'b', at: '2026-09-03T00:00:00Z' },
    ];
    expect(orderedEventIndices(events)).to.deep.equal([0, 3, 1, 2, 4]);
    expect(lastEventOf(events)).to.deep.equal({ index: 4, at: Date.UTC(2026, 8, 3) });
  });

  it('reads an unreadable date of a date shape as no date: the event counts at the time before it', () => {
    const events: IndividualEvent[] = [
      { step: 'a', at: '2026-04-01' },
      { step: 'b', at: '2026-13-01' },
      { step: 'c', at: '2026-03-01' },
    ];
    // b counts at a's time (April 1): a tie that b, listed later, wins; c (March 1) is before both.
    expect(eventTime('2026-13-01', Date.UTC(2026, 3, 1))).to.equal(Date.UTC(2026, 3, 1));
    expect(eventTime('2026-13-01', undefined)).to.equal(undefined);
    expect(eventTime(undefined, 5)).to.equal(5);
    expect(eventTime('2026-03-01', 5)).to.equal(Date.UTC(2026, 2, 1));
    expect(orderedEventIndices(events)).to.deep.equal([2, 0, 1]);
    expect(lastEventOf(events)).to.deep.equal({ index: 1, at: Date.UTC(2026, 3, 1) });
    // Text order would put "2026-00-01" before April and "2026-13-01" after May; neither is a date.
    expect(lastEventOf([{ step: 'a', at: '2026-04-01' }, { step: 'b', at: '2026-00-01' }])).to.deep.equal({ index: 1, at: Date.UTC(2026, 3, 1) });
    expect(lastEventOf([{ step: 'a', at: '2026-04-01' }, { step: 'b', at: '2026-13-01' }, { step: 'c', at: '2026-05-01' }])).to.deep.equal({ index: 2, at: Date.UTC(2026, 4, 1) });
    expect(lastEventOf([{ step: 'a', at: '2026-13-01' }, { step: 'b', at: '2026-00-01' }])).to.deep.equal({ index: 1, at: undefined });
  });

  it('agrees with the last of the full order on many shuffled cases', () => {
    const texts = ['2026-09-01T10:00:00Z', '2026-09-01T13:00:00+03:00', '2026-09-01', '2026-08-31T23:00:00Z', undefined, 'bad', '2026-13-01', '2026-00-01', '2026-09-99T10:00:00Z'];
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let round = 0; round < 300; round++) {
      const events: IndividualEvent[] = Array.from({ length: 1 + Math.floor(random() * 6) }, (_, i) => ({
        step: String(i),
        at: texts[Math.floor(random() * texts.length)],
      }));
      const order = orderedEventIndices(events);
      expect(lastEventOf(events).index, JSON.stringify(events)).to.equal(order[order.length - 1]);
    }
  });
});

describe('the progress rule: finished, stalled or moving', () => {
  const DAY = 86_400_000;

  it('finds the final steps: no edge to another step (a self-loop is no way on)', () => {
    // 0 → 1 → 2 (the default chain): only the last step is final.
    expect(finalSteps(3, [[0, 1], [1, 2]])).to.deep.equal([false, false, true]);
    // 1 has `next: []` and 2 loops on itself only.
    expect(finalSteps(4, [[0, 1], [0, 2], [2, 2], [3, 0]])).to.deep.equal([false, true, true, false]);
    expect(finalSteps(0, [])).to.deep.equal([]);
    // Edges naming steps beyond the map are ignored.
    expect(finalSteps(2, [[5, 0], [-1, 1]])).to.deep.equal([true, true]);
  });

  it('says finished at a final step whatever the idle time, else stalled only beyond the threshold', () => {
    expect(progressState(true, 100 * DAY, 14)).to.equal('finished');
    expect(progressState(true, undefined, 14)).to.equal('finished');
    expect(progressState(false, 14 * DAY, 14)).to.equal('moving');
    expect(progressState(false, 14 * DAY + 1, 14)).to.equal('stalled');
    expect(progressState(false, undefined, 14)).to.equal('moving');
    expect(progressState(false, 1, 0)).to.equal('stalled');
    expect(progressState(false, -5 * DAY, 14)).to.equal('moving');
  });

  it('is what customerProgress reports, given the final steps', () => {
    // Only b is final here (as with `next: []` on b).
    const final = [false, true, false];
    const atB = customer([{ step: 'a', at: '2026-08-01' }, { step: 'b', at: '2026-08-02' }]);
    expect(customerProgress(atB, steps, { asOf: ASOF, finalSteps: final })).to.deep.equal({
      currentStep: 1,
      lastEvent: 1,
      lastAt: Date.UTC(2026, 7, 2),
      finished: true,
      stalled: false,
      // 2026-08-02 → 2026-10-01: 60 days
      stalledDays: 60,
    });
    // Without final steps nobody has finished: the same customer is stalled.
    expect(customerProgress(atB, steps, { asOf: ASOF }).stalled).to.equal(true);
    // A last event off the map is never finished.
    const off = customerProgress(customer([{ step: 'b', at: '2026-08-01' }, { step: 'gone', at: '2026-08-02' }]), steps, { asOf: ASOF, finalSteps: final });
    expect([off.finished, off.stalled]).to.deep.equal([false, true]);
  });
});
