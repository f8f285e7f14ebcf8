// The results table printed at the end, and the judgement of each row against its targets.

/**
 * Targets of a row: `{ kind: 'busy', limit }` (our median busy ms) or `{ kind: 'ratio', limit, label }`
 * (our busy time over the comparison's, paired per round). A row passes when all its targets pass.
 */
export function judge(row) {
  if (!row.targets?.length) return null;
  return row.targets.every((target) => {
    if (target.kind === 'busy') return row.ours.busy.median <= target.limit;
    if (target.kind === 'wall') return row.ours.wall.median <= target.limit;
    if (target.kind === 'ratio') return row.ratio.busy <= target.limit;
    if (target.kind === 'value') return target.value <= target.limit;
    return false;
  });
}

export function targetText(targets) {
  if (!targets?.length) return '—';
  return targets
    .map((target) => {
      if (target.kind === 'busy') return `≤ ${target.limit} ms busy`;
      if (target.kind === 'wall') return `≤ ${target.limit} ms wall`;
      if (target.kind === 'ratio') return `≤ ${target.limit}× ${target.label ?? ''}`.trim();
      return target.text;
    })
    .join('; ');
}

const cell = (value, digits = 1) => (value === null || value === undefined || Number.isNaN(value) ? '—' : Number(value).toFixed(digits));

/** One table row's cells, in the column order of both formats; `miss` is how a missed target reads. */
function rowCells(row, miss) {
  return [
    row.workload,
    row.comparison ?? '—',
    row.ours?.busy ? cell(row.ours.busy.median) : row.oursText ?? '—',
    row.theirs?.busy ? cell(row.theirs.busy.median) : '—',
    row.ratio?.busy !== undefined ? `${cell(row.ratio.busy, 2)}×` : '—',
    row.ours?.wall ? cell(row.ours.wall.median) : '—',
    row.theirs?.wall ? cell(row.theirs.wall.median) : '—',
    row.ratio?.wall !== undefined ? `${cell(row.ratio.wall, 2)}×` : '—',
    targetText(row.targets),
    row.pass === null || row.pass === undefined ? 'info' : row.pass ? 'pass' : miss,
  ];
}

export function formatTable(rows) {
  const header = ['workload', 'vs', 'ours busy', 'theirs busy', 'ratio', 'ours wall', 'theirs wall', 'ratio', 'target', 'result'];
  const lines = rows.map((row) => rowCells(row, 'MISS'));
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => String(line[i]).length)));
  const format = (line) => line.map((value, i) => String(value).padEnd(widths[i])).join('  ');
  return [format(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(format)].join('\n');
}

/** The same table in Markdown, for docs/performance.md (`node bench/run.mjs` writes it next to the JSON). */
export function formatMarkdown(rows) {
  const header = ['Workload', 'vs', 'ours busy', 'theirs busy', 'busy ratio', 'ours wall', 'theirs wall', 'wall ratio', 'target', 'result'];
  const lines = rows.map((row) => rowCells(row, '**miss**'));
  const escape = (value) => String(value).replace(/\|/g, '\\|').replace(/</g, '&lt;');
  return [header, header.map(() => '---'), ...lines].map((line) => `| ${line.map(escape).join(' | ')} |`).join('\n');
}
