/**
 * The importers' own problem messages (Mermaid and CSV text that cannot be read), in every shipped
 * locale: only `journeyFromMermaid` and `journeyFromCSV` need them, so the validator does not carry them.
 */
import { format, type Locale } from './locale.js';
import { enProblems, problemMessage, type ImportCode, type ProblemCode, type ValidationCode } from './messages.js';

const en: Record<ImportCode, string> = {
  'mermaid-header': 'Line {line}, column {column}: a Mermaid user journey must start with the word “journey”.',
  'mermaid-syntax':
    'Line {line}, column {column}: “{text}” is not a title, a section or a task written as “Task name: 5: Actor”.',
  'mermaid-score': 'Line {line}, column {column}: the score “{value}” is not a number; Mermaid scores run from 1 to 5.',
  'mermaid-score-range': 'Line {line}, column {column}: the score {value} is outside 1 to 5; it is read as {shown}.',
  'unclosed-block': 'Line {line}, column {column}: “{text}” is opened here but never closed.',
  'csv-unclosed-quote': 'Row {line}, column {column}: a quoted cell is never closed, so the rest of the file is read into it.',
  'csv-layout':
    'The table has neither the exported layout (stage, step, lane, text) nor lane names in its first column and stage and step titles in its first rows.',
  'csv-unknown-lane': 'Row {line}, column {column}: “{value}” is not a lane name; it is read as a custom text lane.',
  'csv-value': 'Row {line}, column {column}: “{value}” cannot be read in the lane “{lane}”; it was left out.',
  'csv-metric-detail':
    'Row {line}, column {column}: “{value}” of the metric “{metric}” cannot be read (a number after target or previous, dates and numbers after history); the metric is kept without it.',
};

const ru: Record<ImportCode, string> = {
  'mermaid-header': 'Строка {line}, столбец {column}: диаграмма пути пользователя Mermaid должна начинаться со слова «journey».',
  'mermaid-syntax':
    'Строка {line}, столбец {column}: «{text}» — не заголовок, не раздел и не задача вида «Название задачи: 5: Участник».',
  'mermaid-score': 'Строка {line}, столбец {column}: оценка «{value}» — не число; в Mermaid оценки идут от 1 до 5.',
  'mermaid-score-range':
    'Строка {line}, столбец {column}: оценка {value} выходит за пределы от 1 до 5; прочитано значение {shown}.',
  'unclosed-block': 'Строка {line}, столбец {column}: «{text}» здесь открыт, но нигде не закрыт.',
  'csv-unclosed-quote': 'Строка {line}, столбец {column}: ячейка в кавычках не закрыта, поэтому в неё попал весь остаток файла.',
  'csv-layout':
    'В таблице нет ни формата экспорта (этап, шаг, слой, текст), ни названий слоёв в первом столбце с названиями этапов и шагов в первых строках.',
  'csv-unknown-lane': 'Строка {line}, столбец {column}: «{value}» — не название слоя; он прочитан как свой текстовый слой.',
  'csv-value': 'Строка {line}, столбец {column}: «{value}» не удалось прочитать в слое «{lane}»; значение пропущено.',
  'csv-metric-detail':
    'Строка {line}, столбец {column}: «{value}» у метрики «{metric}» не удалось прочитать (после target и previous нужно число, после history — даты и числа); метрика сохранена без этого.',
};

const ro: Record<ImportCode, string> = {
  'mermaid-header': 'Rândul {line}, coloana {column}: o diagramă de parcurs Mermaid trebuie să înceapă cu cuvântul „journey”.',
  'mermaid-syntax':
    'Rândul {line}, coloana {column}: „{text}” nu este un titlu, o secțiune sau o sarcină scrisă ca „Numele sarcinii: 5: Actor”.',
  'mermaid-score': 'Rândul {line}, coloana {column}: scorul „{value}” nu este un număr; scorurile Mermaid merg de la 1 la 5.',
  'mermaid-score-range':
    'Rândul {line}, coloana {column}: scorul {value} este în afara intervalului de la 1 la 5; este citit ca {shown}.',
  'unclosed-block': 'Rândul {line}, coloana {column}: „{text}” este deschis aici, dar nu este închis niciodată.',
  'csv-unclosed-quote':
    'Rândul {line}, coloana {column}: o celulă între ghilimele nu este închisă, așa că restul fișierului este citit în ea.',
  'csv-layout':
    'Tabelul nu are nici formatul exportului (etapă, pas, strat, text), nici numele straturilor în prima coloană și titlurile etapelor și pașilor în primele rânduri.',
  'csv-unknown-lane':
    'Rândul {line}, coloana {column}: „{value}” nu este numele unui strat; este citit ca un strat de text propriu.',
  'csv-value': 'Rândul {line}, coloana {column}: „{value}” nu poate fi citit în stratul „{lane}”; a fost omis.',
  'csv-metric-detail':
    'Rândul {line}, coloana {column}: „{value}” al metricii „{metric}” nu poate fi citit (după target și previous trebuie un număr, după history date și numere); metrica este păstrată fără el.',
};

const IMPORT_MESSAGES: Record<Locale, Record<ImportCode, string>> = { en, ru, ro };

/**
 * Every problem code with a message: the validator's, then the importers' (as docs/journey-format.md
 * lists them). `did-you-mean` is no problem of its own: it is a hint appended to `unknown-next`.
 */
export const PROBLEM_CODES: readonly ProblemCode[] = [
  ...(Object.keys(enProblems.messages) as ValidationCode[]).filter((code) => code !== 'did-you-mean'),
  ...(Object.keys(en) as ImportCode[]),
];

/** The localized message of an importer's problem: its own codes from here, the validator's from messages.ts. */
export function importMessage(code: ProblemCode, locale: Locale, values: Record<string, string | number> = {}): string {
  return Object.prototype.hasOwnProperty.call(en, code)
    ? format(IMPORT_MESSAGES[locale][code as ImportCode], values)
    : problemMessage(code as ValidationCode, locale, values);
}
