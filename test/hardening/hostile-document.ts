/**
 * A journey document with a hostile string in every string field, generated from a template.
 *
 * The template is the field list: a string value `TEXT` becomes the hostile text, `URL` the hostile
 * text in a URL field, and `ID:<name>` (as a value or as a key) becomes `<text>·<name>`, so ids stay
 * unique and every reference (touchpoint channel, emotion keys, `next`, events…) still resolves.
 * To cover a new field, add it here with one of those placeholders; `templateFields` tells the
 * injection test which schema fields the template covers, and the test fails for any string field of
 * schema.json left out.
 */
import type { JourneyDocument } from '../../src/model/types.js';

type Template = string | number | boolean | Template[] | { [key: string]: Template };

const TEMPLATE: Template = {
  schemaVersion: 1,
  title: 'TEXT',
  description: 'TEXT',
  locale: 'TEXT',
  state: 'current',
  goal: 'TEXT',
  scale: { min: -2, max: 2, labels: { '-2': 'TEXT', '0': 'TEXT', '2': 'TEXT' } },
  personas: [
    {
      id: 'ID:persona',
      name: 'TEXT',
      role: 'TEXT',
      description: 'TEXT',
      quote: 'TEXT',
      image: 'URL',
      goals: ['TEXT'],
      needs: ['TEXT'],
      frustrations: ['TEXT'],
      expectations: ['TEXT'],
      beliefs: ['TEXT'],
      attributes: { 'ID:attribute': 'TEXT', 'ID:count': 42 },
      'ID:custom': 'TEXT',
    },
    { id: 'ID:persona-2', name: 'TEXT', role: 'TEXT' },
  ],
  channels: [
    { id: 'ID:channel', label: 'TEXT', icon: 'TEXT', device: 'TEXT' },
    { id: 'ID:channel-2', label: 'TEXT', icon: 'TEXT', device: 'TEXT' },
  ],
  metrics: [{ id: 'ID:metric', label: 'TEXT', unit: 'TEXT', description: 'TEXT', min: 0, max: 10, higherIsBetter: true }],
  stages: [
    {
      id: 'ID:stage',
      title: 'TEXT',
      description: 'TEXT',
      steps: [
        {
          id: 'ID:step',
          title: 'TEXT',
          description: 'TEXT',
          actions: ['TEXT'],
          thoughts: ['TEXT'],
          questions: ['TEXT'],
          motivations: ['TEXT'],
          barriers: ['TEXT'],
          touchpoints: [{ channel: 'ID:channel', text: 'TEXT', owner: 'TEXT' }],
          emotion: { 'ID:persona': -1, 'ID:persona-2': 1 },
          painPoints: [{ text: 'TEXT', category: 'TEXT', severity: 3, persona: 'ID:persona' }],
          opportunities: [{ text: 'TEXT', owner: 'TEXT', impact: 'high', effort: 'low' }],
          backstage: [{ actor: 'TEXT', text: 'TEXT', system: 'TEXT' }],
          metrics: [{ metric: 'ID:metric', value: 4, target: 5, previous: 3 }],
          owner: 'TEXT',
          evidence: 'research',
          next: ['ID:step-2', { step: 'ID:stage-2', share: 0.2, label: 'TEXT' }],
          exit: { share: 0.1, count: 4, label: 'TEXT' },
          insights: [{ kind: 'quote', text: 'TEXT', source: 'TEXT', at: 'TEXT', n: 3, url: 'URL' }],
          notes: 'TEXT',
          'ID:field': ['TEXT'],
        },
        {
          id: 'ID:step-2',
          title: 'TEXT',
          momentOfTruth: true,
          actions: ['TEXT'],
          touchpoints: [{ channel: 'ID:channel-2', text: 'TEXT', owner: 'TEXT' }],
          emotion: 2,
          painPoints: [{ text: 'TEXT', category: 'process', persona: 'ID:persona-2' }],
          owner: 'TEXT',
          notes: 'TEXT',
        },
      ],
    },
    { id: 'ID:stage-2', title: 'TEXT', description: 'TEXT', actions: ['TEXT'], emotion: 0, owner: 'TEXT', notes: 'TEXT' },
  ],
  lanes: [
    ...[
      'actions',
      'thoughts',
      'questions',
      'motivations',
      'barriers',
      'touchpoints',
      'emotion',
      'painPoints',
      'opportunities',
      'backstage',
      'metrics',
      'owner',
    ].map((kind) => ({ kind, title: 'TEXT' })),
    { kind: 'text', field: 'notes', title: 'TEXT' },
    // No title: the lane is named after its (hostile) field.
    { kind: 'text', field: 'ID:field' },
    // Not a lane kind: a warning that quotes the (hostile) kind; the other lanes are drawn.
    { kind: 'TEXT' },
  ],
  asOf: 'TEXT',
  reviewedAt: 'TEXT',
  reviewEvery: 'TEXT',
  version: 'TEXT',
  owner: 'TEXT',
  individuals: [
    {
      id: 'ID:customer',
      label: 'TEXT',
      segment: 'TEXT',
      persona: 'ID:persona',
      attributes: { 'ID:attribute': 'TEXT', 'ID:count': 7 },
      events: [
        { step: 'ID:step', at: 'TEXT', emotion: -1, channel: 'ID:channel', note: 'TEXT' },
        { step: 'ID:step-2', at: '2026-03-01T10:00:00Z', emotion: 1, channel: 'ID:channel-2', note: 'TEXT' },
      ],
    },
  ],
};

/** The id or key a template `ID:<name>` placeholder becomes for `text`. */
export const hostileId = (text: string, name: string) => `${text}·${name}`;

function fill(template: Template, text: string): unknown {
  if (typeof template === 'string') {
    if (template === 'TEXT' || template === 'URL') return text;
    return template.startsWith('ID:') ? hostileId(text, template.slice(3)) : template;
  }
  if (Array.isArray(template)) return template.map((item) => fill(item, text));
  if (template && typeof template === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(template)) {
      const name = key.startsWith('ID:') ? hostileId(text, key.slice(3)) : key;
      // defineProperty: a key such as "__proto__·x" is data; never let an assignment treat it specially.
      Object.defineProperty(out, name, { value: fill(value, text), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return template;
}

/** The template filled with `text`. */
export function hostileJourney(text: string): JourneyDocument {
  return fill(TEMPLATE, text) as JourneyDocument;
}

/** Which schema definition the items of an array property belong to, by the array's name and owner. */
function itemDefinition(owner: string, property: string): string {
  if (property === 'metrics') return owner === 'root' ? 'metric' : 'metricValue';
  const byName: Record<string, string> = {
    personas: 'persona',
    channels: 'channel',
    stages: 'stage',
    steps: 'step',
    lanes: 'lane',
    individuals: 'individual',
    events: 'event',
    touchpoints: 'touchpoint',
    painPoints: 'painPoint',
    opportunities: 'opportunity',
    backstage: 'backstageItem',
    next: 'flowFigures',
    insights: 'insight',
  };
  return byName[property] ?? `${owner}.${property}[]`;
}

/**
 * The schema fields (`definition.property`, e.g. `persona.name`, `stepFields.actions`) whose values
 * the template fills with hostile text. Step and stage properties listed in `stepFieldNames` are
 * reported as `stepFields.<name>`, as schema.json defines them.
 */
export function templateFields(stepFieldNames: ReadonlySet<string>): Set<string> {
  const covered = new Set<string>();
  const placeholder = (value: Template) => typeof value === 'string' && (value === 'TEXT' || value === 'URL' || value.startsWith('ID:'));
  const name = (definition: string, property: string) =>
    (definition === 'step' || definition === 'stage') && stepFieldNames.has(property) ? `stepFields.${property}` : `${definition}.${property}`;
  const walk = (value: Template, definition: string) => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return;
    for (const [property, child] of Object.entries(value)) {
      if (placeholder(child)) covered.add(name(definition, property));
      if (Array.isArray(child)) {
        if (child.some(placeholder)) covered.add(name(definition, property));
        for (const item of child) walk(item, itemDefinition(definition, property));
      } else if (child && typeof child === 'object') {
        // Maps of text (scale labels, persona attributes) count as their property; `scale` is its own definition.
        if (Object.values(child).some(placeholder)) covered.add(name(definition, property));
        walk(child, property === 'scale' ? 'scale' : property === 'exit' ? 'flowFigures' : `${definition}.${property}`);
      }
    }
  };
  walk(TEMPLATE, 'root');
  return covered;
}
