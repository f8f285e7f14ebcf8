import { expect } from '@open-wc/testing';
import { addDuration, DAY_MS, parseDuration, parseInstant, wholeDaysBetween } from '../../src/model/dates.js';

describe('model/dates', () => {
  describe('parseInstant', () => {
    const valid: Array<[string, number]> = [
      ['2026-04-01', Date.UTC(2026, 3, 1)],
      ['2024-02-29', Date.UTC(2024, 1, 29)],
      ['2026-03-01T10:00:00Z', Date.UTC(2026, 2, 1, 10)],
      ['2026-03-01T10:00:00z', Date.UTC(2026, 2, 1, 10)],
      ['2026-03-01T10:00', Date.UTC(2026, 2, 1, 10)],
      ['2026-03-01 10:00', Date.UTC(2026, 2, 1, 10)],
      ['2026-03-01T10:00:30.250Z', Date.UTC(2026, 2, 1, 10, 0, 30, 250)],
      ['2026-03-01T10:00:00+03:00', Date.UTC(2026, 2, 1, 7)],
      ['2026-03-01T10:00:00-0130', Date.UTC(2026, 2, 1, 11, 30)],
      ['2026-01-01T01:00:00+02:00', Date.UTC(2025, 11, 31, 23)],
      [' 2026-04-01 ', Date.UTC(2026, 3, 1)],
    ];
    for (const [text, expected] of valid) {
      it(`reads ${JSON.stringify(text)}`, () => expect(parseInstant(text)).to.equal(expected));
    }

    it('keeps years below 100 as written', () => {
      expect(new Date(parseInstant('0099-01-01')!).getUTCFullYear()).to.equal(99);
    });

    const invalid: unknown[] = [
      '', '2026', '2026-04', '2026-4-1', '2026-13-01', '2026-00-10', '2026-02-29', '2026-04-31',
      '2026-04-01T24:00', '2026-04-01T10:60', '2026-04-01T10:00:60', '2026-04-01T10:00+25:00',
      '01.04.2026', 'yesterday', '2026-04-01T', 20260401, null, undefined, {}, new Date(0),
    ];
    for (const text of invalid) {
      it(`refuses ${JSON.stringify(text) ?? String(text)}`, () => expect(parseInstant(text)).to.equal(undefined));
    }
  });

  describe('parseDuration', () => {
    const zero = { years: 0, months: 0, weeks: 0, days: 0, hours: 0, minutes: 0, seconds: 0 };
    const valid: Array<[string, Partial<typeof zero>]> = [
      ['P6M', { months: 6 }],
      ['P1Y2M', { years: 1, months: 2 }],
      ['P14D', { days: 14 }],
      ['P2W', { weeks: 2 }],
      ['PT12H', { hours: 12 }],
      ['P1DT2H30M', { days: 1, hours: 2, minutes: 30 }],
      ['PT1.5S', { seconds: 1.5 }],
      ['PT0,5S', { seconds: 0.5 }],
      ['p1y', { years: 1 }],
      ['P0D', {}],
    ];
    for (const [text, parts] of valid) {
      it(`reads ${text}`, () => expect(parseDuration(text)).to.deep.equal({ ...zero, ...parts }));
    }
    const invalid: unknown[] = ['', 'P', 'PT', '6M', 'P-6M', 'P1.5M', 'P6MT', 'PT6', 'P1M1Y', 'half a year', 6, null];
    for (const text of invalid) {
      it(`refuses ${JSON.stringify(text)}`, () => expect(parseDuration(text)).to.equal(undefined));
    }
  });

  describe('parseInstant: the common shapes read without the regular expression', () => {
    it('gives what the regular expression gives (a leading space takes that path), valid or not', () => {
      const texts = [
        '2026-04-01',
        '2024-02-29',
        '2026-02-29',
        '2026-02-30',
        '2026-13-01',
        '2026-00-10',
        '2026-04-00',
        '0050-04-01',
        '2026-04-01T10:30:05Z',
        '2026-12-31T23:59:59Z',
        '2026-04-01T24:00:00Z',
        '2026-04-01T10:60:00Z',
        '2026-04-01T10:30:60Z',
        '2026-04-01t10:30:05z',
        '2026-04-01T10:30:05.123Z',
        '2026-04-01T10:30:05.999Z',
        '2026-04-01T10:30:05.000Z',
        '2026-04-01T10:30:05,123Z',
        '2026-04-01T10:30:05.12aZ',
        '2026-4-01T10:30:05.123Z',
        '2026/04/01',
        '20x6-04-01',
      ];
      for (const text of texts) expect(parseInstant(text), text).to.equal(parseInstant(` ${text}`));
      expect(parseInstant('2026-04-01T10:30:05.123Z')).to.equal(Date.UTC(2026, 3, 1, 10, 30, 5, 123));
      expect(parseInstant('2024-02-29')).to.equal(Date.UTC(2024, 1, 29));
      expect(parseInstant('2026-02-29')).to.equal(undefined);
      expect(parseInstant('2026-04-01T24:00:00Z')).to.equal(undefined);
    });

    it('agrees on every millisecond field and many generated instants', () => {
      for (let ms = 0; ms < 1000; ms++) {
        const text = `2026-09-25T13:00:00.${String(ms).padStart(3, '0')}Z`;
        expect(parseInstant(text), text).to.equal(Date.UTC(2026, 8, 25, 13, 0, 0, ms));
      }
      let t = Date.UTC(1999, 0, 1);
      for (let k = 0; k < 2000; k++) {
        t += 7_777_777_777 % (k + 11) * 1013;
        const iso = new Date(t).toISOString();
        expect(parseInstant(iso), iso).to.equal(t);
        expect(parseInstant(iso.slice(0, 19) + 'Z')).to.equal(parseInstant(` ${iso.slice(0, 19)}Z`));
      }
    });
  });

  describe('calendar arithmetic of the fast path', () => {
    it('agrees with Date.UTC on every month end of leap and common centuries, and refuses the day after', () => {
      for (const year of [100, 400, 1600, 1700, 1899, 1900, 1970, 2000, 2023, 2024, 2100, 2400, 9999]) {
        for (let month = 0; month < 12; month++) {
          const last = new Date(Date.UTC(2000, month + 1, 0));
          last.setUTCFullYear(year, month + 1, 0);
          const days = last.getUTCDate();
          const text = (day: number) => `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          expect(parseInstant(text(1)), text(1)).to.equal(last.getTime() - (days - 1) * DAY_MS);
          expect(parseInstant(`${text(days)}T23:59:59.999Z`), text(days)).to.equal(last.getTime() + DAY_MS - 1);
          expect(parseInstant(text(days + 1)), text(days + 1)).to.equal(undefined);
        }
      }
      // 29 February: only in leap years (2000 and 2400 are, 1900 and 2100 are not).
      expect(parseInstant('2000-02-29')).to.equal(Date.UTC(2000, 1, 29));
      expect(parseInstant('2024-02-29T12:00:00Z')).to.equal(Date.UTC(2024, 1, 29, 12));
      expect(parseInstant('1900-02-29')).to.equal(undefined);
      expect(parseInstant('2100-02-29')).to.equal(undefined);
    });
  });

  describe('addDuration', () => {
    const add = (from: string, duration: string) =>
      new Date(addDuration(parseInstant(from)!, parseDuration(duration)!)).toISOString();

    it('adds months on the calendar', () => expect(add('2026-04-01', 'P6M')).to.equal('2026-10-01T00:00:00.000Z'));
    it('crosses the year', () => expect(add('2025-10-01', 'P6M')).to.equal('2026-04-01T00:00:00.000Z'));
    it('adds years and months', () => expect(add('2025-11-15', 'P1Y2M')).to.equal('2027-01-15T00:00:00.000Z'));
    it('clamps to the end of a shorter month', () => {
      expect(add('2026-01-31', 'P1M')).to.equal('2026-02-28T00:00:00.000Z');
      expect(add('2024-01-31', 'P1M')).to.equal('2024-02-29T00:00:00.000Z');
      expect(add('2024-02-29', 'P1Y')).to.equal('2025-02-28T00:00:00.000Z');
    });
    it('adds days, weeks and time', () => {
      expect(add('2026-02-20', 'P14D')).to.equal('2026-03-06T00:00:00.000Z');
      expect(add('2026-02-20', 'P2W')).to.equal('2026-03-06T00:00:00.000Z');
      expect(add('2026-02-20T10:00Z', 'P1DT2H30M')).to.equal('2026-02-21T12:30:00.000Z');
    });
  });

  describe('wholeDaysBetween', () => {
    it('rounds down', () => {
      const from = parseInstant('2026-03-01T12:00Z')!;
      expect(wholeDaysBetween(from, from + 14 * DAY_MS)).to.equal(14);
      expect(wholeDaysBetween(from, from + 14 * DAY_MS - 1)).to.equal(13);
      expect(wholeDaysBetween(from, from - 1)).to.equal(-1);
    });
  });
});
