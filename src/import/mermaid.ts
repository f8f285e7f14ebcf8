/**
 * Mermaid `journey` diagrams into journey documents. Pure (no DOM): runs in node and in browsers.
 *
 * The reading follows Mermaid's own grammar (its journey lexer and the preprocessing every diagram
 * gets): front matter between `---` lines, `%%{…}%%` directives and `%%` comment lines are skipped;
 * `#` starts a comment except in an entity code (`#35;`); keywords are case-insensitive; `title`
 * runs to the end of the line (colons included); `section` names stop at a colon; a task is
 * `name: score: actor, actor` and Mermaid ignores anything after a second colon; a `;` outside the
 * accessibility values is something Mermaid rejects, so it is reported here.
 */
import type { JourneyDocument, Persona, Stage, Step } from '../model/types.js';
import { IdPool } from './ids.js';
import { DEFAULT_SCORE_SCALE, ENTITY, MAX_SCORE, MIN_SCORE, decodeEntities, scoreToEmotion, type ScoreScale } from './mermaid-text.js';
import { TextProblems, type ImportOptions, type ImportResult } from './problems.js';

export { emotionToScore, scoreToEmotion, type ScoreScale } from './mermaid-text.js';
export { journeyToMermaid, type ToMermaidOptions } from './to-mermaid.js';

export interface FromMermaidOptions extends ImportOptions {
  /** The new document's emotion scale (default −2 … +2); scores are mapped onto it. */
  scale?: ScoreScale;
  /** Maps a task's score (already kept within 1–5) to an emotion; default `scoreToEmotion(score, scale)`. */
  emotion?: (score: number, scale: ScoreScale) => number;
}

interface TaskLine {
  title: string;
  emotion: number;
  actors: string[];
}

interface Section {
  title: string;
  tasks: TaskLine[];
}

/** The parser's state while it walks the lines. */
class Reader {
  title?: string;
  accTitle?: string;
  accDescr?: string;
  readonly sections: Section[] = [];
  readonly actors: string[] = [];

  constructor(
    readonly problems: TextProblems,
    private readonly scale: ScoreScale,
    private readonly toEmotion: (score: number, scale: ScoreScale) => number,
  ) {}

  addSection(title: string): void {
    this.sections.push({ title, tasks: [] });
  }

  addTask(title: string, score: number, actors: string[]): void {
    if (this.sections.length === 0) this.addSection('');
    for (const actor of actors) if (!this.actors.includes(actor)) this.actors.push(actor);
    this.sections[this.sections.length - 1].tasks.push({ title, emotion: this.toEmotion(score, this.scale), actors });
  }
}

/** Index of the first character of `stops` in `text` from `from`, skipping entity codes; -1 if none. */
function findStop(text: string, stops: string, from = 0): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '#') {
      ENTITY.lastIndex = i;
      if (ENTITY.test(text)) {
        i = ENTITY.lastIndex - 1;
        continue;
      }
    }
    if (stops.includes(text[i])) return i;
  }
  return -1;
}

const clean = (text: string) => decodeEntities(text).trim();

/** The front matter's `title:` (Mermaid reads it as the diagram title), quotes removed. */
function frontMatterTitle(lines: string[]): string | undefined {
  for (const line of lines) {
    const match = /^title:\s*(.*?)\s*$/.exec(line);
    if (match) return match[1].replace(/^(["'])(.*)\1$/, '$2');
  }
  return undefined;
}

/**
 * One statement (a title, an accessibility line, a section or a task) from `body`, which starts at
 * 1-based `column` of `line`. Returns how many following lines a multi-line `accDescr {…}` took.
 */
function statement(reader: Reader, body: string, line: number, column: number, rest: string[]): number {
  const { problems } = reader;
  const syntax = (at: number, text: string) => problems.add('error', 'mermaid-syntax', line, column + at, { text: text.trim() });
  // Mermaid stops these at `;` and then rejects the `;`.
  const untilComment = (text: string, offset: number): string | undefined => {
    const end = findStop(text, '#;');
    if (end >= 0 && text[end] === ';') {
      syntax(offset + end, text.slice(end));
      return undefined;
    }
    return end >= 0 ? text.slice(0, end) : text;
  };

  const acc = /^(acctitle|accdescr)\s*:\s*/i.exec(body);
  if (acc) {
    const value = clean(body.slice(acc[0].length));
    if (acc[1].toLowerCase() === 'acctitle') reader.accTitle = value;
    else reader.accDescr = value;
    return 0;
  }
  const block = /^accdescr\s*\{/i.exec(body);
  if (block) {
    const texts = [body.slice(block[0].length)];
    for (let used = 0; ; used++) {
      const close = texts[texts.length - 1].indexOf('}');
      if (close >= 0) {
        texts[texts.length - 1] = texts[texts.length - 1].slice(0, close);
        reader.accDescr = clean(texts.map((text) => text.trim()).join('\n'));
        return used;
      }
      if (used >= rest.length) {
        problems.add('error', 'unclosed-block', line, column, { text: block[0] });
        return used;
      }
      texts.push(rest[used]);
    }
  }
  if (/^title\s/i.test(body)) {
    const value = untilComment(body.slice(6), 6);
    if (value !== undefined) reader.title = clean(value);
    return 0;
  }
  if (/^section\s/i.test(body)) {
    const end = findStop(body, '#:;', 8);
    if (end >= 0 && body[end] !== '#') syntax(end, body.slice(end));
    else reader.addSection(clean(end >= 0 ? body.slice(8, end) : body.slice(8)));
    return 0;
  }
  const colon = findStop(body, '#:;');
  if (colon <= 0 || body[colon] !== ':' || body.slice(0, colon).trim() === '') {
    const end = findStop(body, '#');
    syntax(0, end >= 0 ? body.slice(0, end) : body);
    return 0;
  }
  const data = untilComment(body.slice(colon + 1), colon + 1);
  if (data === undefined) return 0;
  const [scoreText, actorText = ''] = data.split(':');
  const scoreAt = colon + 1 + (scoreText.length - scoreText.trimStart().length);
  const score = scoreText.trim() === '' ? NaN : Number(scoreText);
  if (!Number.isFinite(score)) {
    problems.add('error', 'mermaid-score', line, column + scoreAt, { value: scoreText.trim() });
    return 0;
  }
  const kept = Math.min(MAX_SCORE, Math.max(MIN_SCORE, score));
  if (kept !== score) problems.add('warning', 'mermaid-score-range', line, column + scoreAt, { value: score, shown: kept });
  const actors = actorText.split(',').map(clean).filter((actor) => actor !== '');
  reader.addTask(clean(body.slice(0, colon)), kept, actors);
  return 0;
}

/** The line where the directive opened on line `start` closes with `}%%`; -1 when it never does. */
function directiveEnd(lines: string[], start: number): number {
  if (lines[start].indexOf('}%%', lines[start].indexOf('%%{') + 3) >= 0) return start;
  for (let i = start + 1; i < lines.length; i++) if (lines[i].includes('}%%')) return i;
  return -1;
}

/** Lines with Mermaid's preprocessing applied: front matter, directives and comment lines blanked. */
function preprocess(lines: string[], reader: Reader): { skipUntil: number } {
  let start = 0;
  if (lines.length && /^---\s*$/.test(lines[0])) {
    const end = lines.findIndex((line, index) => index > 0 && /^---\s*$/.test(line));
    if (end < 0) {
      reader.problems.add('error', 'unclosed-block', 1, 1, { text: '---' });
      return { skipUntil: lines.length };
    }
    const title = frontMatterTitle(lines.slice(1, end));
    if (title !== undefined) reader.title = clean(title);
    start = end + 1;
  }
  for (let i = start; i < lines.length; i++) {
    const trimmed = lines[i].trimStart();
    if (trimmed.startsWith('%%{')) {
      const end = directiveEnd(lines, i);
      if (end < 0) {
        reader.problems.add('error', 'unclosed-block', i + 1, lines[i].indexOf('%%{') + 1, { text: '%%{' });
        return { skipUntil: lines.length };
      }
      for (let j = i; j <= end; j++) lines[j] = '';
      i = end;
    } else if (trimmed.startsWith('%%')) {
      lines[i] = '';
    }
  }
  return { skipUntil: start };
}

/** Builds the document from what the reader collected. */
function toDocument(reader: Reader, options: FromMermaidOptions): JourneyDocument {
  const personaIds = new IdPool();
  const personas: Persona[] = reader.actors.map((name) => ({ id: personaIds.take(name, 'persona'), name }));
  const personaId = new Map(personas.map((persona) => [persona.name, persona.id]));
  const ids = new IdPool();
  const stages: Stage[] = reader.sections.map((section, index) => {
    const stage: Stage = { id: ids.take(section.title, `stage-${index + 1}`), title: section.title };
    if (section.tasks.length === 0) return stage;
    stage.steps = section.tasks.map(
      (task, taskIndex): Step => ({
        id: ids.take(task.title, `step-${index + 1}-${taskIndex + 1}`),
        title: task.title,
        emotion: task.actors.length
          ? Object.fromEntries(task.actors.map((actor) => [personaId.get(actor)!, task.emotion]))
          : task.emotion,
      }),
    );
    return stage;
  });
  const description = reader.accDescr ?? reader.accTitle;
  return {
    schemaVersion: 1,
    title: reader.title ?? '',
    ...(description !== undefined && { description }),
    ...(reader.accTitle !== undefined && { accTitle: reader.accTitle }),
    ...(options.scale && { scale: { min: options.scale.min, max: options.scale.max } }),
    ...(personas.length > 0 && { personas }),
    stages,
  };
}

/**
 * A journey document from the text of a Mermaid `journey` diagram: `title` → title, `accDescr`
 * (else `accTitle`) → description, each `section` → a stage, each task → a step, each actor → a
 * persona (ids made from names), a task's score → the emotion of each of its actors (1 → −2 … 5 → +2
 * by default), tasks before any section → a stage with an empty title. Never throws: what Mermaid
 * would reject comes back as errors with line and column.
 */
export function journeyFromMermaid(text: string, options: FromMermaidOptions = {}): ImportResult {
  const problems = new TextProblems(options.locale);
  try {
    const scale = options.scale ?? DEFAULT_SCORE_SCALE;
    const reader = new Reader(problems, scale, options.emotion ?? scoreToEmotion);
    const lines = String(text).replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
    const { skipUntil } = preprocess(lines, reader);
    let header = false;
    for (let i = skipUntil; i < lines.length; i++) {
      const line = lines[i];
      const lead = line.length - line.trimStart().length;
      let body = line.trim();
      if (body === '' || findStop(body, '#') === 0) continue;
      let column = lead + 1;
      if (!header) {
        const keyword = /^journey(?=\s|$)/i.exec(body);
        if (!keyword) {
          problems.add('error', 'mermaid-header', i + 1, column);
          return problems.result(undefined);
        }
        header = true;
        const after = body.slice(keyword[0].length);
        column += keyword[0].length + (after.length - after.trimStart().length);
        body = after.trim();
        if (body === '') continue;
      }
      i += statement(reader, body, i + 1, column, lines.slice(i + 1));
    }
    if (!header && problems.errors.length === 0) problems.add('error', 'mermaid-header', lines.length, 1);
    if (header && reader.sections.length === 0 && problems.errors.length === 0) problems.add('error', 'empty-stages', lines.length, 1);
    if (problems.errors.length) return problems.result(undefined);
    return problems.result(toDocument(reader, options));
  } catch (error) {
    problems.add('error', 'mermaid-syntax', 1, 1, { text: error instanceof Error ? error.message : String(error) });
    return problems.result(undefined);
  }
}
