/** A point of the chart the keyboard is on: indices into the series list and the steps. */
export interface PointPosition {
  series: number;
  step: number;
}

export type PointKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

const POINT_KEYS: ReadonlySet<string> = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']);

export function isPointKey(key: string): key is PointKey {
  return POINT_KEYS.has(key);
}

type Series = { points: ReadonlyArray<{ value: number | undefined }> };

function definedSteps(series: Series): number[] {
  const steps: number[] = [];
  series.points.forEach((point, index) => {
    if (point.value !== undefined) steps.push(index);
  });
  return steps;
}

/** The defined step of `series` nearest to `step` (the earlier one on ties), or undefined if it has none. */
function nearest(series: Series, step: number): number | undefined {
  let best: number | undefined;
  for (const candidate of definedSteps(series)) {
    if (best === undefined || Math.abs(candidate - step) < Math.abs(best - step)) best = candidate;
  }
  return best;
}

/**
 * Where a key moves the keyboard on the chart. Left/Right go to the previous/next point that has a
 * value (mirrored on right-to-left pages, so the arrow points where the focus goes), Home/End to the
 * ends of the series, Up/Down to the previous/next series that has values, at the nearest step.
 * With no point yet, any key starts on the first (End: last) point of the first series with values.
 */
export function movePoint(
  series: readonly Series[],
  from: PointPosition | undefined,
  key: PointKey,
  rtl = false,
): PointPosition | undefined {
  const first = series.findIndex((s) => definedSteps(s).length > 0);
  if (first < 0) return undefined;
  if (!from || !series[from.series]) {
    const steps = definedSteps(series[first]);
    return { series: first, step: key === 'End' ? steps[steps.length - 1] : steps[0] };
  }
  const steps = definedSteps(series[from.series]);
  if (steps.length === 0) return movePoint(series, undefined, key, rtl);
  const forward = (key === 'ArrowRight') !== rtl;
  switch (key) {
    case 'Home':
      return { series: from.series, step: steps[0] };
    case 'End':
      return { series: from.series, step: steps[steps.length - 1] };
    case 'ArrowLeft':
    case 'ArrowRight': {
      const next = forward ? steps.find((s) => s > from.step) : [...steps].reverse().find((s) => s < from.step);
      return { series: from.series, step: next ?? from.step };
    }
    default: {
      const direction = key === 'ArrowDown' ? 1 : -1;
      for (let index = from.series + direction; index >= 0 && index < series.length; index += direction) {
        const step = nearest(series[index], from.step);
        if (step !== undefined) return { series: index, step };
      }
      return from;
    }
  }
}
