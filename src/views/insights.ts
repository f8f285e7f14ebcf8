import { insightString } from '../i18n/insight-strings.js';
import { formatNumber } from '../i18n/number-format.js';
import { insightsOf } from '../layout/evidence.js';
import { parseInstant } from '../model/dates.js';
import type { InsightKind, NormalizedStep } from '../model/types.js';
import { safeUrl } from '../model/url.js';
import type { CellContext } from './context.js';

/** One piece of the research behind a step, as the screen's cell and the export show it. */
export interface InsightView {
  kind: InsightKind;
  /** "Quote", "Цитата": the kind in the map's language. */
  kindLabel: string;
  text: string;
  /** Where it comes from: the document's `source`, else "Source" when only a link is given. */
  source?: { label: string; href?: string; title?: string };
  /** The day it was collected, in the map's language ("2 Mar 2026"), read on the UTC calendar. */
  date?: { iso: string; text: string };
  /** "n = 3 400". */
  n?: string;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(intlLocale: string): Intl.DateTimeFormat {
  let format = dateFormats.get(intlLocale);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(intlLocale, { dateStyle: 'medium', timeZone: 'UTC' });
    } catch {
      format = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });
    }
    dateFormats.set(intlLocale, format);
  }
  return format;
}

const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** The step's usable insights (known kind, some text) in the map's words; links only with a safe scheme. */
export function insightViews(step: NormalizedStep, ctx: CellContext): InsightView[] {
  const say = (key: Parameters<typeof insightString>[1], values?: Record<string, string>) => insightString(ctx, key, values);
  return insightsOf(step.insights).map((insight) => {
    const view: InsightView = { kind: insight.kind, kindLabel: say(`insight.${insight.kind}`), text: insight.text };
    const href = safeUrl(insight.url, 'link');
    const named = nonEmpty(insight.source) ? insight.source : undefined;
    if (href) {
      const label = named ?? say('insight.source');
      view.source = { label, href, title: say('insight.open', { source: label }) };
    } else if (named) view.source = { label: named };
    const instant = parseInstant(insight.at);
    if (instant !== undefined) view.date = { iso: new Date(instant).toISOString().slice(0, 10), text: dayFormat(ctx.intlLocale).format(instant) };
    if (typeof insight.n === 'number' && Number.isFinite(insight.n)) view.n = say('insight.n', { n: formatNumber(insight.n, ctx.intlLocale) });
    return view;
  });
}

