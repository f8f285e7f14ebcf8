import type { EmotionValue, Individual, IndividualEvent, JourneyDocument, StepFields } from '../model/types.js';
import { nextTargetId } from '../model/normalize.js';
import { phoneSystemJourney } from './phone-system.js';

/** A deterministic pseudo-random generator (mulberry32): the same seed gives the same sequence in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GenerateIndividualsOptions {
  count: number;
  /** Default 1. */
  seed?: number;
  /** ISO date-time of the earliest possible first event. Default 2026-01-05T08:00:00Z. */
  start?: string;
}

interface Column {
  id: string;
  fields: StepFields;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Customers start at random times within this window after `start`. */
const START_WINDOW_DAYS = 180;
/** Chance of taking a loop back (support → use) when one is offered, and how many loops at most. */
const LOOP_CHANCE = 0.25;
const MAX_LOOPS = 2;
/** Drop-off chance per column: a floor, plus more the unhappier the customer is there. */
const DROP_BASE = 0.006;
const DROP_PER_NEGATIVITY = 0.03;

const LABELS: Record<string, { first: string[]; second: string[] }> = {
  en: {
    first: ['Harbor', 'Northgate', 'Bluebell', 'Redwood', 'Summit', 'Lakeside', 'Ironbridge', 'Maple', 'Copperfield', 'Westbrook', 'Oakridge', 'Silverline'],
    second: ['Dental', 'Logistics', 'Property Group', 'Law', 'Clinic', 'Accounting', 'Realty', 'Engineering', 'Veterinary', 'Studio', 'Motors', 'Foods'],
  },
  ru: {
    first: ['Анна', 'Дмитрий', 'Екатерина', 'Игорь', 'Мария', 'Олег', 'Светлана', 'Тимур', 'Юлия', 'Павел', 'Наталья', 'Артём'],
    second: ['А.', 'Б.', 'В.', 'Г.', 'Д.', 'Е.', 'К.', 'Л.', 'М.', 'Н.', 'С.', 'Т.'],
  },
  ro: {
    first: ['Carpați', 'Someș', 'Mureș', 'Dunărea', 'Bucegi', 'Transilvania', 'Prahova', 'Bega', 'Argeș', 'Siret', 'Ceahlău', 'Olt'],
    second: ['Soft SRL', 'Consulting SRL', 'IT Solutions', 'Sisteme SRL', 'Digital SRL', 'Contab SRL', 'Net SRL', 'Data SRL', 'Tech SRL', 'Expert SRL', 'Grup SRL', 'Servicii SRL'],
  },
};

/** The generated notes, in the document's language. */
const NOTES: Record<string, { back: string; gone: string }> = {
  en: { back: 'Back after a support case', gone: 'No further contact' },
  ru: { back: 'Вернулся после обращения в поддержку', gone: 'Больше не выходил на связь' },
  ro: { back: 'Revenit după un caz la suport', gone: 'Fără alt contact' },
};

/** The map's columns in order: each stage's steps, or the stage itself when it has none. */
function columnsOf(journey: JourneyDocument): Column[] {
  return journey.stages.flatMap((stage) =>
    stage.steps && stage.steps.length > 0
      ? stage.steps.map((step) => ({ id: step.id, fields: step }))
      : [{ id: stage.id, fields: stage }],
  );
}

function meanEmotion(value: EmotionValue | undefined): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (!value) return undefined;
  const values = Object.values(value).filter((v) => typeof v === 'number' && Number.isFinite(v));
  return values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : undefined;
}

/** The designed curve (mean of personas) with gaps filled linearly from the nearest known columns. */
function designedCurve(columns: Column[], neutral: number): number[] {
  const known = columns.map((column) => meanEmotion(column.fields.emotion));
  return known.map((value, i) => {
    if (value !== undefined) return value;
    let before = i - 1;
    while (before >= 0 && known[before] === undefined) before -= 1;
    let after = i + 1;
    while (after < known.length && known[after] === undefined) after += 1;
    const left = before >= 0 ? known[before] : undefined;
    const right = after < known.length ? known[after] : undefined;
    if (left !== undefined && right !== undefined) return left + ((right - left) * (i - before)) / (after - before);
    return left ?? right ?? neutral;
  });
}

function normal(random: () => number): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

function pickWeighted(candidates: number[], random: () => number): number {
  // The first listed successor is the main path; later ones are branches taken less often.
  const weights = candidates.map((_, k) => 1 / (k + 1) ** 2);
  let r = random() * weights.reduce((sum, w) => sum + w, 0);
  for (let k = 0; k < candidates.length; k += 1) {
    r -= weights[k];
    if (r < 0) return candidates[k];
  }
  return candidates[candidates.length - 1];
}

/**
 * Realistic individual customers walking the journey's columns in order: most reach the end, some drop
 * off (more often where the designed emotion is low), some take the map's loops back (e.g. support → use)
 * and its branches (e.g. churn). Emotions follow the designed curve with per-customer and per-step
 * noise, clamped to the scale and rounded to 0.5; timestamps increase; channels come from each column's
 * touchpoints. The same journey, options and seed always give the same customers.
 */
export function generateIndividuals(journey: JourneyDocument, options: GenerateIndividualsOptions): Individual[] {
  const random = seededRandom(options.seed ?? 1);
  const columns = columnsOf(journey);
  if (columns.length === 0) return [];
  const min = journey.scale?.min ?? -2;
  const max = journey.scale?.max ?? 2;
  const neutral = (min + max) / 2;
  const curve = designedCurve(columns, neutral);
  const indexById = new Map(columns.map((column, i) => [column.id, i]));
  const successors = columns.map((column, i) => {
    if (column.fields.next) {
      return column.fields.next.map((item) => indexById.get(nextTargetId(item))).filter((j): j is number => j !== undefined);
    }
    return i + 1 < columns.length ? [i + 1] : [];
  });
  const personaIds = (journey.personas ?? []).map((persona) => persona.id);
  const language = (journey.locale ?? 'en').toLowerCase().split(/[-_]/)[0];
  const labels = LABELS[language] ?? LABELS.en;
  const notes = NOTES[language] ?? NOTES.en;
  const startTime = Date.parse(options.start ?? '2026-01-05T08:00:00Z');

  const individuals: Individual[] = [];
  for (let n = 0; n < options.count; n += 1) {
    const persona = personaIds.length ? personaIds[Math.floor(random() * personaIds.length)] : undefined;
    const label = `${labels.first[Math.floor(random() * labels.first.length)]} ${labels.second[Math.floor(random() * labels.second.length)]}`;
    const mood = normal(random) * 0.35;
    let time = startTime + Math.floor(random() * START_WINDOW_DAYS * DAY);
    let loops = 0;
    let looped = false;
    let i = 0;
    const events: IndividualEvent[] = [];
    for (;;) {
      const raw = curve[i] + mood + normal(random) * 0.6;
      const emotion = Math.min(max, Math.max(min, Math.round(raw * 2) / 2));
      const event: IndividualEvent = { step: columns[i].id, at: new Date(time).toISOString(), emotion };
      const touchpoints = columns[i].fields.touchpoints ?? [];
      if (touchpoints.length) event.channel = touchpoints[Math.floor(random() * touchpoints.length)].channel;
      if (looped) event.note = notes.back;
      looped = false;
      events.push(event);

      const negativity = max > neutral ? Math.max(0, (neutral - emotion) / (neutral - min)) : 0;
      if (random() < DROP_BASE + DROP_PER_NEGATIVITY * negativity) {
        event.note = notes.gone;
        break;
      }
      const forward = successors[i].filter((j) => j > i);
      const backward = successors[i].filter((j) => j <= i);
      if (backward.length && loops < MAX_LOOPS && random() < LOOP_CHANCE) {
        i = backward[Math.floor(random() * backward.length)];
        loops += 1;
        looped = true;
        time += Math.round((14 + random() * 60) * DAY);
        continue;
      }
      if (!forward.length) break;
      i = pickWeighted(forward, random);
      // At least two hours, usually a day or two, now and then a couple of weeks.
      time += Math.round((2 - Math.log(1 - random()) * 48) * HOUR);
    }
    const individual: Individual = { id: `cust-${String(n + 1).padStart(4, '0')}`, label, events };
    if (persona) individual.persona = persona;
    individuals.push(individual);
  }
  return individuals;
}

/** A new document: the phone-system journey plus `count` generated customers (built on each call). */
export function phoneSystemWithIndividuals(count = 3000, seed = 7): JourneyDocument {
  return { ...phoneSystemJourney, individuals: generateIndividuals(phoneSystemJourney, { count, seed }) };
}

const SEGMENTS = ['SMB', 'Mid-market', 'Enterprise'];
const PLANS = ['Starter', 'Team', 'Business'];

/**
 * The customers sample: `phoneSystemWithIndividuals` with an `asOf` date, a segment and attributes
 * for every customer (by position, so the generated journeys stay the same), a note on the first
 * customer's events, and one last customer whose latest events are on steps this map does not have.
 */
export function customersSample(count = 400, seed = 7): JourneyDocument {
  const doc = phoneSystemWithIndividuals(count, seed);
  const individuals = (doc.individuals ?? []).map((individual, n) => ({
    ...individual,
    segment: SEGMENTS[n % SEGMENTS.length],
    attributes: { Plan: PLANS[(n * 7) % PLANS.length], Seats: 5 + ((n * 37) % 120) },
  }));
  const first = individuals[0];
  if (first) {
    first.label = 'ACME Ltd';
    first.events = first.events.map((event, i) => (event.note || i > 0 ? event : { ...event, note: 'Missed three calls from a new client' }));
  }
  const last = individuals[individuals.length - 1]?.events.at(-1)?.at ?? '2026-07-01T09:00:00.000Z';
  individuals.push({
    id: 'cust-offmap',
    label: 'Northgate Foods',
    segment: 'Mid-market',
    attributes: { Plan: 'Team', Seats: 40 },
    events: [
      { step: 'missed-calls', at: '2026-05-02T09:30:00.000Z', emotion: -1, channel: 'phone', note: 'Asked for a callback' },
      { step: 'partner-referral', at: '2026-05-06T14:00:00.000Z', emotion: 1, note: 'Came through a reseller, a step this map does not draw' },
      { step: 'reseller-onboarding', at: last < '2026-06-20' ? '2026-06-20T10:00:00.000Z' : last, emotion: 0, note: 'Onboarded by the reseller' },
    ],
  });
  return { ...doc, asOf: '2026-07-15', individuals };
}
