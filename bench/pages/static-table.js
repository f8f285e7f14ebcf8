// The floor for HTML: a hand-written static table holding the same cells as the map (header, stage and
// step headers, one row per lane with every item's text), built with plain DOM calls and no framework.

const LANES = ['actions', 'thoughts', 'questions', 'motivations', 'barriers', 'touchpoints', 'emotion', 'painPoints', 'opportunities', 'backstage', 'metrics', 'owner'];

function element(tag, text) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = String(text);
  return node;
}

function columnsOf(journey) {
  return journey.stages.flatMap((stage) => (stage.steps?.length ? stage.steps.map((step) => ({ stage, step })) : [{ stage, step: stage }]));
}

function cellItems(journey, lane, step) {
  const value = step[lane];
  if (value === undefined || value === null) return [];
  switch (lane) {
    case 'touchpoints': {
      const labels = new Map((journey.channels ?? []).map((channel) => [channel.id, channel.label]));
      return value.map((t) => `${labels.get(t.channel) ?? t.channel}: ${t.text ?? ''}`);
    }
    case 'emotion':
      return typeof value === 'number' ? [String(value)] : Object.entries(value).map(([persona, v]) => `${persona}: ${v}`);
    case 'painPoints':
      return value.map((p) => `${p.text} (${p.category ?? ''}${p.severity ? `, ${p.severity}` : ''})`);
    case 'opportunities':
      return value.map((o) => `${o.text}${o.owner ? ` (${o.owner}, impact ${o.impact ?? '–'}, effort ${o.effort ?? '–'})` : ''}`);
    case 'backstage':
      return value.map((b) => `${b.actor}: ${b.text}${b.system ? ` (${b.system})` : ''}`);
    case 'metrics': {
      const labels = new Map((journey.metrics ?? []).map((metric) => [metric.id, metric.label]));
      return value.map((m) => `${labels.get(m.metric) ?? m.metric} ${m.value}${m.target !== undefined ? ` / ${m.target}` : ''}${m.previous !== undefined ? ` (was ${m.previous})` : ''}`);
    }
    case 'owner':
      return [value];
    default:
      return Array.isArray(value) ? value : [value];
  }
}

/** Builds the table for `journey` and returns its root (a <section>), not yet in the document. */
export function buildStaticTable(journey) {
  const root = element('section');
  root.className = 'floor';
  root.append(element('h2', journey.title));
  if (journey.goal) root.append(element('p', journey.goal));
  if (journey.description) root.append(element('p', journey.description));
  const personas = element('ul');
  for (const persona of journey.personas ?? []) personas.append(element('li', `${persona.name}${persona.role ? `, ${persona.role}` : ''}`));
  root.append(personas);

  const columns = columnsOf(journey);
  const scroller = element('div');
  scroller.className = 'floor-scroller';
  const table = element('table');
  const head = element('thead');
  const stageRow = element('tr');
  stageRow.append(element('th'));
  for (const stage of journey.stages) {
    const th = element('th', stage.title);
    th.colSpan = stage.steps?.length || 1;
    stageRow.append(th);
  }
  const stepRow = element('tr');
  stepRow.append(element('th'));
  for (const { step } of columns) stepRow.append(element('th', step.title));
  head.append(stageRow, stepRow);

  const body = element('tbody');
  for (const lane of LANES) {
    const cells = columns.map(({ step }) => cellItems(journey, lane, step));
    if (cells.every((items) => items.length === 0)) continue;
    const row = element('tr');
    row.append(element('th', lane));
    for (const items of cells) {
      const td = element('td');
      if (items.length) {
        const list = element('ul');
        for (const item of items) list.append(element('li', item));
        td.append(list);
      }
      row.append(td);
    }
    body.append(row);
  }
  table.append(head, body);
  scroller.append(table);
  root.append(scroller);
  return root;
}
