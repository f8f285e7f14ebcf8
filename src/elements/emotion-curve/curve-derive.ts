import type { ColumnWindow } from '../../context/column-window-context.js';
import type { MapSettings } from '../../context/settings-context.js';
import { drawsDensity } from '../../layout/density.js';
import type { PointPosition } from '../../layout/curve-navigation.js';
import type { ColumnLayout } from '../../layout/types.js';
import type { ColumnOptions } from '../../layout/columns.js';
import { fontOf, textMeasure } from '../shared/text-width.js';
import { axisWidth, fitTicks, type Measure, type TickFit } from '../../layout/axis-width.js';
import type { NormalizedJourney } from '../../model/types.js';
import type { CurveState, DrawnColumns } from './curve-state.js';
import type { CurveView } from './curve-view.js';
import type { Translator } from '../../i18n/translator.js';

/** The curve's own properties and language, which the map's settings override inside a map. */
export interface OwnInputs extends Translator {
  persona?: string;
  highlight?: string;
  traces: string;
  height: number;
  curve: string;
}

export interface ViewInputs {
  journey: NormalizedJourney;
  layout: ColumnLayout;
  compare?: NormalizedJourney;
  own: OwnInputs;
  /** Inside a map: its settings and window of drawn columns. */
  map?: { settings?: MapSettings; window?: ColumnWindow };
  rtl: boolean;
  active?: PointPosition;
}

/**
 * What `<emotion-curve>` draws for its inputs: the plot (rebuilt by `state` only when its data
 * changed), the text settings, and inside a map the columns drawn so far. `active` is dropped
 * when the point it names is not in the plot any more.
 */
export function curveView(state: CurveState, drawn: DrawnColumns, inputs: ViewInputs): CurveView {
  const { journey, layout, compare, own, map, rtl } = inputs;
  const settings = map?.settings;
  const plot = state.plot(journey, layout, {
    height: Math.max(60, Number(own.height) || 240),
    curve: own.curve,
    persona: settings?.persona ?? own.persona,
    compare,
    highlight: own.highlight ?? settings?.customer,
    rtl,
  });
  const active = inputs.active && plot.series[inputs.active.series]?.points[inputs.active.step] ? inputs.active : undefined;
  return {
    journey,
    compare,
    layout,
    plot,
    locale: settings?.locale ?? own.locale,
    intlLocale: settings?.intlLocale ?? own.intlLocale,
    strings: settings?.strings ?? own.strings,
    rtl,
    standalone: !map,
    active: map ? undefined : active,
    selectedStepId: settings?.selectedStepId,
    animate: state.animate,
    density: drawsDensity(settings?.traces ?? own.traces, plot.customers),
    shows: map?.window ? drawn.shows(journey, map.window) : undefined,
  };
}

/** The axis words' measures in `host`'s font at the axis size (`.tick`, `.step-name`: 0.75em; stage bands bold), where there is a canvas. */
export function axisMeasure(host: Element): AxisMeasure | undefined {
  const text = textMeasure(fontOf(host, 0.75));
  const bold = textMeasure(fontOf(host, 0.75, 600));
  return text && bold ? { text, bold } : undefined;
}

export interface AxisMeasure {
  text: Measure;
  bold: Measure;
}

/** The narrowest step column a standalone chart draws (its tick column: layout/axis-width.ts). */
const MIN_COLUMN_WIDTH = 48;

export interface StandaloneLayout {
  journey: NormalizedJourney;
  width: number;
  layout: ColumnLayout;
  /** How each scale label fits the tick column (drawn smaller or shortened, never broken inside a word). */
  ticks: ReadonlyMap<string, TickFit>;
  /** The axis words' measures (none without a canvas): a name with a word wider than its box is cut on one line. */
  measure?: AxisMeasure;
}

/**
 * A standalone chart's columns at the element's `width`, kept while the journey and width stay:
 * `layout` lays them out in the width left (it takes the chart's inset off) with the tick column
 * fitting the scale's longest label, measured in the ticks' font (`measure`, else estimated).
 */
export function standaloneLayout(
  cached: StandaloneLayout | undefined,
  journey: NormalizedJourney,
  width: number,
  layout: (width: number, columns: ColumnOptions) => ColumnLayout,
  measure?: () => AxisMeasure | undefined,
): StandaloneLayout {
  if (cached && cached.journey === journey && cached.width === width) return cached;
  const words = measure?.();
  const headerWidth = axisWidth(journey.scale, words?.text);
  const columns = layout(width, { headerWidth, minColumnWidth: MIN_COLUMN_WIDTH });
  return { journey, width, layout: columns, ticks: fitTicks(journey.scale, headerWidth, words?.text), measure: words };
}
