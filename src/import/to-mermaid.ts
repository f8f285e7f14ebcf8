/**
 * Journey documents out as Mermaid `journey` text, to paste into a README or a wiki page. Pure (no
 * DOM). Reads the document defensively, so any value gives text and nothing throws.
 */
import type { JourneyDocument } from '../model/types.js';
import { DEFAULT_SCORE_SCALE, emotionToScore, encodeText, type ScoreScale } from './mermaid-text.js';

export interface ToMermaidOptions {
  /** Write this persona's emotions, with the persona as each task's only actor. */
  persona?: string;
  /** Maps an emotion to a Mermaid score; default `emotionToScore(emotion, scale)` (rounded, 1–5). */
  score?: (emotion: number, scale: ScoreScale) => number;
}

type Rec = Record<string, unknown>;

const isRecord = (value: unknown): value is Rec => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const list = (value: unknown): Rec[] => (Array.isArray(value) ? value.filter(isRecord) : []);
const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Words Mermaid reads as a keyword at the start of a line, so a task must not start with them. */
const KEYWORD_START = /^(journey|title\s|section\s|acctitle\s*:|accdescr\s*[:{]|%%)/i;

/** A task or section name: no `:` `;` `#` (entity codes instead), and not read as a keyword. */
function nameText(value: string, special = ':;'): string {
  const encoded = encodeText(value, special);
  if (encoded === '') return '#32;';
  if (!KEYWORD_START.test(encoded)) return encoded;
  const first = String.fromCodePoint(encoded.codePointAt(0)!);
  return `#${first.codePointAt(0)};${encoded.slice(first.length)}`;
}

interface Persona {
  id: string;
  name: string;
}

/** The score and actors of one column. */
function task(fields: Rec, personas: Persona[], scale: ScoreScale, options: ToMermaidOptions): string {
  const emotion = fields.emotion;
  const toScore = options.score ?? emotionToScore;
  const score = (value: number) => String(toScore(value, scale));
  const actorNames = (chosen: Persona[]) => chosen.map((persona) => nameText(persona.name, ':;,')).join(', ');
  if (options.persona !== undefined) {
    const persona = personas.find((candidate) => candidate.id === options.persona) ?? { id: options.persona, name: options.persona };
    const value = finite(emotion) ? emotion : isRecord(emotion) ? emotion[persona.id] : undefined;
    return finite(value) ? `${score(value)}: ${actorNames([persona])}` : '3';
  }
  if (finite(emotion)) return score(emotion);
  if (!isRecord(emotion)) return '3';
  const known = personas.filter((persona) => finite(emotion[persona.id]));
  const unknown = Object.keys(emotion)
    .filter((id) => finite(emotion[id]) && !personas.some((persona) => persona.id === id))
    .map((id) => ({ id, name: id }));
  const actors = [...known, ...unknown];
  if (actors.length === 0) return '3';
  const mean = actors.reduce((sum, persona) => sum + (emotion[persona.id] as number), 0) / actors.length;
  return `${score(mean)}: ${actorNames(actors)}`;
}

/**
 * A valid Mermaid `journey` of a document: title, description as `accDescr`, stages → sections,
 * steps → tasks (a stage without steps → one task, when it has an emotion), emotions → scores
 * (rounded, 1–5), personas → actors. A column with several personas gets the mean of their
 * emotions as its score; a column without an emotion gets the neutral score 3 and no actors.
 */
export function journeyToMermaid(doc: JourneyDocument, options: ToMermaidOptions = {}): string {
  const lines = ['journey'];
  try {
    const source: Rec = isRecord(doc) ? doc : {};
    const scaleSource = isRecord(source.scale) ? source.scale : {};
    const scale: ScoreScale = {
      min: finite(scaleSource.min) ? scaleSource.min : DEFAULT_SCORE_SCALE.min,
      max: finite(scaleSource.max) ? scaleSource.max : DEFAULT_SCORE_SCALE.max,
    };
    const personas = list(source.personas)
      .filter((persona) => typeof persona.id === 'string')
      .map((persona) => ({ id: persona.id as string, name: text(persona.name) || (persona.id as string) }));
    const title = encodeText(text(source.title), ';');
    if (title) lines.push(`    title ${title}`);
    const accTitle = typeof source.accTitle === 'string' ? source.accTitle.trim() : undefined;
    if (accTitle) lines.push(`    accTitle: ${encodeText(accTitle, '')}`);
    const description = text(source.description).trim();
    if (description && description !== accTitle) {
      if (/[\r\n]/.test(description)) {
        lines.push('    accDescr {', ...description.split(/\r\n|\r|\n/).map((line) => `        ${encodeText(line, '}')}`), '    }');
      } else {
        lines.push(`    accDescr: ${encodeText(description, '')}`);
      }
    }
    list(source.stages).forEach((stage, index) => {
      const stageTitle = text(stage.title);
      if (index > 0 || stageTitle.trim() !== '') lines.push(`    section ${nameText(stageTitle)}`);
      const steps = Array.isArray(stage.steps) ? list(stage.steps) : undefined;
      if (steps === undefined) {
        if (stage.emotion !== undefined) lines.push(`      ${nameText(stageTitle)}: ${task(stage, personas, scale, options)}`);
        return;
      }
      for (const step of steps) lines.push(`      ${nameText(text(step.title))}: ${task(step, personas, scale, options)}`);
    });
  } catch {
    // A document whose getters throw gives the lines written so far: still a valid diagram.
  }
  return lines.join('\n') + '\n';
}
