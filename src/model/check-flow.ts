/**
 * Checks of the journey as a flow: `next` items (a step id or `{ step, share, count, label }`),
 * `exit`, and, once every column is known, the graph they make. Every graph problem is a warning:
 * the flow still draws what it can.
 */
import { nextTarget } from './next-target.js';
import { pointer } from './problems.js';
import {
  checkNumber,
  checkRecord,
  checkString,
  has,
  isRecord,
  checkClamped,
  wrongType,
  type CheckContext,
  type Rec,
} from './check-fields.js';

/** Shares may add up to a little over 1 through rounding (three thirds written as 0.33, 0.33, 0.34). */
const SHARE_SUM_TOLERANCE = 1e-9;

/** `next`: a list of step ids or transitions. */
export function checkNext(ctx: CheckContext, obj: Rec, path: string): void {
  if (!has(obj, 'next')) return;
  const list = obj.next;
  const listPath = pointer(path, 'next');
  if (!Array.isArray(list)) {
    wrongType(ctx, list, listPath, 'next', 'array');
    return;
  }
  list.forEach((item, index) => {
    const itemPath = pointer(listPath, index);
    if (typeof item === 'string') return;
    if (!isRecord(item)) {
      wrongType(ctx, item, itemPath, `next[${index}]`, 'next-item');
      return;
    }
    checkString(ctx, item, 'step', itemPath, true);
    checkFigures(ctx, item, itemPath);
  });
}

/** `exit`: the drop-off at the step. */
export function checkExit(ctx: CheckContext, obj: Rec, path: string): void {
  const exit = checkRecord(ctx, obj, 'exit', path);
  if (exit) checkFigures(ctx, exit, pointer(path, 'exit'));
}

/** `share` 0..1 (clamped with a warning), `count` a whole number ≥ 0 (dropped otherwise), `label` text. */
function checkFigures(ctx: CheckContext, item: Rec, path: string): void {
  checkClamped(ctx, item, 'share', path, [0, 1], 'share-out-of-range');
  const count = checkNumber(ctx, item, 'count', path);
  if (count !== undefined && (count < 0 || !Number.isInteger(count))) {
    ctx.problems.warning('invalid-count', pointer(path, 'count'), { value: count });
    delete item.count;
  }
  checkString(ctx, item, 'label', path);
}

interface Column {
  id: string;
  /** JSON Pointer of the column. */
  path: string;
  record: Rec;
}

/** The columns in map order, as normalization makes them: the steps of a stage, or the stage itself. */
function columnsOf(doc: Rec): Column[] {
  const columns: Column[] = [];
  const seen = new Set<string>();
  const add = (record: unknown, path: string): void => {
    if (!isRecord(record) || typeof record.id !== 'string' || seen.has(record.id)) return;
    seen.add(record.id);
    columns.push({ id: record.id, path, record });
  };
  const stages = Array.isArray(doc.stages) ? doc.stages : [];
  stages.forEach((stage: unknown, stageIndex) => {
    if (!isRecord(stage)) return;
    const stagePath = pointer('/stages', stageIndex);
    if (Array.isArray(stage.steps) && stage.steps.length > 0) {
      stage.steps.forEach((step: unknown, stepIndex) => add(step, pointer(pointer(stagePath, 'steps'), stepIndex)));
    } else {
      add(stage, stagePath);
    }
  });
  return columns;
}

/** Edit distance (insertions, deletions, substitutions) between two ids; stops counting past `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, row[j]);
    }
    if (best > limit) return limit + 1;
    previous = row;
  }
  return previous[b.length];
}

/** The one column id a mistyped `next` target most likely meant: within 2 edits (1 for ids under 6 characters), unambiguous. */
function nearestId(id: string, ids: Iterable<string>): string | undefined {
  const limit = id.length < 6 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = limit + 1;
  let ties = 0;
  for (const candidate of ids) {
    const distance = editDistance(id.toLowerCase(), candidate.toLowerCase(), limit);
    if (distance < bestDistance) [best, bestDistance, ties] = [candidate, distance, 0];
    else if (distance === bestDistance) ties++;
  }
  return ties === 0 ? best : undefined;
}

/**
 * The graph of the columns: `next` targets that name no column (with the id it most likely meant),
 * self-loops, shares of one step adding up to more than 1, and columns no path from the first column
 * reaches — counting a mistyped target as the id it meant, so one typo is one warning, not one more
 * for every step behind it.
 */
export function checkFlowGraph(ctx: CheckContext, doc: unknown): void {
  if (!isRecord(doc)) return;
  const columns = columnsOf(doc);
  const indexById = new Map(columns.map((column, index) => [column.id, index]));
  const targets: number[][] = [];
  /** `[from, to]` of mistyped targets, to the column they most likely meant. */
  const meantTargets: Array<[number, number]> = [];
  let explicit = false;
  columns.forEach((column, index) => {
    const next = column.record.next;
    if (!Array.isArray(next)) {
      targets.push(index + 1 < columns.length ? [index + 1] : []);
      return;
    }
    explicit = true;
    const found: number[] = [];
    let shareSum = 0;
    next.forEach((item: unknown, itemIndex) => {
      const id = nextTarget(item);
      if (id === undefined) return;
      const itemPath = (): string => pointer(pointer(column.path, 'next'), itemIndex);
      const target = indexById.get(id);
      if (target === undefined) {
        const meant = nearestId(id, indexById.keys());
        const path = typeof item === 'string' ? itemPath() : pointer(itemPath(), 'step');
        ctx.problems.warning('unknown-next', path, { id }, meant === undefined ? undefined : { code: 'did-you-mean', values: { id: meant } });
        if (meant !== undefined && indexById.get(meant) !== index) meantTargets.push([index, indexById.get(meant)!]);
      } else if (target === index) {
        ctx.problems.warning('self-loop', itemPath(), { id });
      } else {
        found.push(target);
        if (isRecord(item) && typeof item.share === 'number') shareSum += item.share;
      }
    });
    const exit = column.record.exit;
    if (isRecord(exit) && typeof exit.share === 'number') shareSum += exit.share;
    if (shareSum > 1 + SHARE_SUM_TOLERANCE) {
      ctx.problems.warning('shares-above-one', pointer(column.path, 'next'), {
        id: column.id,
        sum: Math.round(shareSum * 1000) / 1000,
      });
    }
    targets.push(found);
  });
  if (!explicit || columns.length === 0) return;
  for (const [from, to] of meantTargets) targets[from].push(to);
  const reached = new Uint8Array(columns.length);
  const queue = [0];
  reached[0] = 1;
  for (let head = 0; head < queue.length; head++) {
    for (const target of targets[queue[head]]) {
      if (reached[target]) continue;
      reached[target] = 1;
      queue.push(target);
    }
  }
  columns.forEach((column, index) => {
    if (!reached[index]) ctx.problems.warning('unreachable-step', column.path, { id: column.id });
  });
}
