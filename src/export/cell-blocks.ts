import { cellText } from '../layout/export-csv.js';
import type { NormalizedLane, NormalizedStep } from '../model/types.js';
import type { CellContext } from '../views/context.js';
import { metricViews } from '../views/metrics.js';
import { opportunityViews } from '../views/opportunities.js';
import { insightViews } from '../views/insights.js';
import { quoteMarks } from '../i18n/locale.js';
import { painPointViews, type PainFamily } from '../views/pain-points.js';
import type { CustomerEventView } from '../views/customers.js';
import { switchViews, touchpointViews } from '../views/touchpoints.js';
import { EXPORT } from './scene-node.js';
import type { ExportPalette } from './palette.js';

/** One paragraph of an exported cell item: its text and how it is set. */
export interface Run {
  text: string;
  fill?: string;
  weight?: number;
  size?: number;
  /** A class for tests and styling tools: `cell` on the item's main text. */
  class?: string;
}

/** One item of a cell (a pain point, an idea, a reading): paragraphs, with a coloured bar at its start. */
export interface Block {
  runs: Run[];
  bar?: string;
}

const FAMILY_COLOUR: Record<PainFamily, keyof ExportPalette> = {
  financial: 'painFinancial',
  process: 'painProcess',
  support: 'painSupport',
  performance: 'painPerformance',
  custom: 'painCustom',
};

const small = (text: string, fill: string, weight?: number): Run => ({ text, fill, size: EXPORT.smallSize, weight });

/**
 * What one lane shows for one step, as the export draws it: built from the same views as the
 * screen's cells (pain points with their category colour and severity in words, ideas with impact,
 * effort, status and owner, readings with change and target, touchpoints after their switch
 * markers), in the map's language. Lanes without a view are their CSV text, one item per line.
 */
export function cellBlocks(lane: NormalizedLane, step: NormalizedStep, ctx: CellContext, palette: ExportPalette): Block[] {
  switch (lane.kind) {
    case 'painPoints':
      return painPointViews(step, ctx).map((view) => {
        const colour = palette[FAMILY_COLOUR[view.family]] as string;
        const runs: Run[] = [];
        if (view.category) runs.push(small(view.category, colour, 700));
        runs.push({ text: view.text, class: 'cell', weight: view.severity !== undefined && view.severity >= 4 ? 600 : undefined });
        if (view.severity !== undefined) runs.push(small(`${view.severityDots} ${view.severityWords}`, palette.muted));
        if (view.persona) runs.push(small(view.persona, palette.muted));
        return { runs, bar: colour };
      });
    case 'opportunities':
      return opportunityViews(step, ctx).map((view) => {
        const runs: Run[] = [{ text: view.text, class: 'cell' }];
        if (view.chips.length) runs.push(small(view.chips.map((chip) => `${chip.label}: ${chip.value}`).join(' · '), palette.muted));
        if (view.owner) runs.push(small(`${view.ownerLabel}: ${view.owner}`, palette.muted));
        return { runs, bar: palette.accent };
      });
    case 'touchpoints': {
      // All of a step's switches as one small line, as compact as the screen's corner markers; the
      // export has no tooltip, so it names the kinds in words.
      const switches = switchViews(step, ctx);
      const marker: Block[] = switches.length ? [{ runs: [small(`⇄ ${switches.map((view) => view.label).join(' · ')}`, palette.muted, 600)] }] : [];
      return [
        ...marker,
        ...touchpointViews(step, ctx).map((view): Block => {
          const runs: Run[] = [{ text: view.channelLabel, weight: 600, class: 'cell' }];
          if (view.text) runs.push({ text: view.text });
          if (view.owner) runs.push(small(`${view.ownerLabel}: ${view.owner}`, palette.muted));
          return { runs };
        }),
      ];
    }
    case 'metrics':
      return metricViews(step, ctx).map((view) => {
        // One status in colour, as on screen: the target when there is one, else the trend.
        const byTarget = view.status?.by === 'target';
        const tone = (good: boolean | undefined) => (good === undefined ? palette.muted : good ? palette.good : palette.bad);
        const trendTone = view.trend.judgement === 'same' ? undefined : view.trend.judgement === 'better';
        const runs: Run[] = [{ text: `${view.label}: ${view.value}`, weight: 600, class: 'cell' }];
        const trend = view.change && small(`${view.change.arrow} ${view.change.text} · ${view.change.word}`, byTarget ? palette.muted : tone(trendTone));
        if (view.target) runs.push(small(view.target.text, tone(view.target.met), 600));
        if (trend) runs.push(trend);
        return { runs };
      });
    case 'insights': {
      // As the screen's evidence cell: the kind in words, the text (a quote in the document's quotation marks), then source · date · n.
      const [open, close] = quoteMarks(ctx.journey.locale);
      return insightViews(step, ctx).map((view): Block => {
        const runs: Run[] = [small(view.kindLabel, palette.muted, 700), { text: view.kind === 'quote' ? `${open}${view.text}${close}` : view.text, class: 'cell' }];
        const meta = [view.source?.label, view.date?.text, view.n].filter((part): part is string => part !== undefined);
        if (meta.length) runs.push(small(meta.join(' · '), palette.muted));
        return { runs, bar: palette.border };
      });
    }
    default: {
      const text = cellText(lane, step, ctx);
      return text ? text.split('\n').map((line) => ({ runs: [{ text: line, class: 'cell' }] })) : [];
    }
  }
}

/** One event of the opened customer, as the screen's customer lane lists it: date, channel, note, feeling. */
export function customerEventBlock(view: CustomerEventView, palette: ExportPalette): Block {
  const runs: Run[] = [];
  if (view.date) runs.push(small(view.date.text, palette.muted));
  if (view.channel) runs.push({ text: view.channel.label, weight: 600, class: 'cell' });
  if (view.note) runs.push({ text: view.note, class: view.channel ? undefined : 'cell' });
  if (view.emotion) {
    const fill = view.emotion.sign > 0 ? palette.emotionPositive : view.emotion.sign < 0 ? palette.emotionNegative : palette.muted;
    runs.push(small(view.emotion.text, fill, 600));
  }
  return { runs, bar: palette.highlight };
}
