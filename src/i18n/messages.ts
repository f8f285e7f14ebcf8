/**
 * Plain-language validation messages, one per problem code, in every shipped locale.
 * Placeholders in braces are filled by `format`; values come from the document and stay plain text.
 */
import { format, type Locale } from './locale.js';

export type ProblemCode =
  | 'json-parse'
  | 'not-an-object'
  | 'schema-version'
  | 'missing-field'
  | 'wrong-type'
  | 'not-finite'
  | 'invalid-value'
  | 'empty-stages'
  | 'empty-id'
  | 'reserved-id'
  | 'duplicate-id'
  | 'unknown-step'
  | 'unknown-persona'
  | 'unknown-metric'
  | 'unknown-channel'
  | 'unknown-lane-kind'
  | 'invalid-range'
  | 'emotion-out-of-scale'
  | 'severity-out-of-range'
  | 'label-off-scale'
  | 'invalid-date'
  | 'invalid-duration'
  | 'history-order'
  | 'history-duplicate'
  | 'unsafe-url'
  | 'duplicate-lane'
  | 'stage-fields-ignored'
  | 'unknown-next'
  | 'share-out-of-range'
  | 'invalid-count'
  | 'shares-above-one'
  | 'self-loop'
  | 'unreachable-step'
  | 'forbidden-key'
  | 'unreadable'
  | 'cycle'
  | 'too-deep'
  | 'too-large'
  | 'too-many-problems'
  | 'mermaid-header'
  | 'mermaid-syntax'
  | 'mermaid-score'
  | 'mermaid-score-range'
  | 'unclosed-block'
  | 'csv-unclosed-quote'
  | 'csv-layout'
  | 'csv-unknown-lane'
  | 'csv-value'
  | 'csv-metric-detail';

/** Names of the JSON types a field may be expected to have, or was found to have. */
export type TypeName =
  | 'string'
  | 'number'
  | 'boolean'
  | 'object'
  | 'array'
  | 'null'
  | 'string-list'
  | 'string-or-number'
  | 'emotion'
  | 'next-item'
  | 'other';

type Dictionary = Record<ProblemCode, string>;

const en: Dictionary = {
  'json-parse': 'The text is not valid JSON: check line {line}, column {column}.',
  'not-an-object': 'A journey must be a JSON object with schemaVersion, title and stages, but this is {found}.',
  'schema-version': 'schemaVersion must be 1, the format version this library reads; found {value}.',
  'missing-field': 'The required field “{field}” is missing.',
  'wrong-type': '“{field}” must be {expected}, but it is {found}.',
  'not-finite': '“{field}” must be a finite number, but it is {value}.',
  'invalid-value': '“{field}” must be one of {allowed}, but it is “{value}”.',
  'empty-stages': 'The journey needs at least one stage.',
  'empty-id': 'An id must not be empty.',
  'reserved-id': '“{id}” cannot be used as an id.',
  'duplicate-id': 'The id “{id}” is used more than once; every id must be unique.',
  'unknown-step': 'There is no step (or stage without steps) with the id “{id}”.',
  'unknown-persona': 'There is no persona with the id “{id}”.',
  'unknown-metric': 'There is no metric with the id “{id}”; add it to the “metrics” list.',
  'unknown-channel': 'No channel in “channels” has the id “{id}”; the id is shown as its name.',
  'unknown-lane-kind': '“{kind}” is not a lane kind; use one of {allowed}.',
  'invalid-range': 'The minimum ({min}) must be less than the maximum ({max}).',
  'emotion-out-of-scale': 'Emotion {value} is outside the scale {min} to {max}; it is shown as {shown}.',
  'severity-out-of-range': 'Severity {value} is outside 1 to 5; it is shown as {shown}.',
  'label-off-scale': 'The label key “{key}” is not a value on the scale {min} to {max}.',
  'invalid-date': '“{value}” is not a valid date and time (for example 2026-03-01T10:00:00Z); it is ignored.',
  'invalid-duration': '“{value}” is not an ISO 8601 duration (for example P6M for six months, P1Y, P14D); it is ignored.',
  'history-order': 'The measurement of {at} is listed after a later one ({previous}); history is read oldest first, so it is sorted.',
  'history-duplicate': 'There is already a measurement on {at}; the repeat is ignored.',
  'unsafe-url': 'The address “{value}” is not allowed (only https:, http: or an image data: URL); it is ignored.',
  'duplicate-lane': 'The lane “{key}” is listed more than once; the repeat is ignored.',
  'stage-fields-ignored': 'Stage “{id}” has steps, so its own “{field}” is not shown; move it into a step.',
  'unknown-next': 'No step (or stage without steps) has the id “{id}”; this transition is not drawn.',
  'share-out-of-range': 'Share {value} is outside 0 to 1; it is shown as {shown}.',
  'invalid-count': 'The count {value} must be a whole number of 0 or more; it is ignored.',
  'shares-above-one': 'The shares leaving “{id}” add up to {sum}, more than 1; the flow draws them scaled to 1.',
  'self-loop': '“{id}” lists itself in “next”; a step cannot follow itself, so this transition is not drawn.',
  'unreachable-step': 'No path of “next” leads from the first step to “{id}”.',
  'forbidden-key': 'The key “{key}” is not allowed and was removed.',
  'unreadable': 'This value could not be read (a getter or proxy failed).',
  'cycle': 'This value contains itself (a circular reference).',
  'too-deep': 'Data nested more than {max} levels deep was removed.',
  'too-large': 'This value is too large to read (more than {max} items).',
  'too-many-problems': 'More problems were found but are not listed: {count}.',
  'mermaid-header': 'Line {line}, column {column}: a Mermaid user journey must start with the word “journey”.',
  'mermaid-syntax': 'Line {line}, column {column}: “{text}” is not a title, a section or a task written as “Task name: 5: Actor”.',
  'mermaid-score': 'Line {line}, column {column}: the score “{value}” is not a number; Mermaid scores run from 1 to 5.',
  'mermaid-score-range': 'Line {line}, column {column}: the score {value} is outside 1 to 5; it is read as {shown}.',
  'unclosed-block': 'Line {line}, column {column}: “{text}” is opened here but never closed.',
  'csv-unclosed-quote': 'Row {line}, column {column}: a quoted cell is never closed, so the rest of the file is read into it.',
  'csv-layout': 'The table has neither the exported layout (stage, step, lane, text) nor lane names in its first column and stage and step titles in its first rows.',
  'csv-unknown-lane': 'Row {line}, column {column}: “{value}” is not a lane name; it is read as a custom text lane.',
  'csv-value': 'Row {line}, column {column}: “{value}” cannot be read in the lane “{lane}”; it was left out.',
  'csv-metric-detail':
    'Row {line}, column {column}: “{value}” of the metric “{metric}” cannot be read (a number after target or previous, dates and numbers after history); the metric is kept without it.',
};

const ru: Dictionary = {
  'json-parse': 'Текст не является корректным JSON: проверьте строку {line}, столбец {column}.',
  'not-an-object': 'Карта пути должна быть JSON-объектом с полями schemaVersion, title и stages, а здесь {found}.',
  'schema-version': 'schemaVersion должен быть равен 1 — это версия формата, которую читает библиотека; указано: {value}.',
  'missing-field': 'Не хватает обязательного поля «{field}».',
  'wrong-type': 'Поле «{field}» должно быть {expected}, а здесь {found}.',
  'not-finite': 'Поле «{field}» должно быть конечным числом, а здесь {value}.',
  'invalid-value': 'Поле «{field}» может принимать значения {allowed}, а здесь «{value}».',
  'empty-stages': 'В карте пути должен быть хотя бы один этап.',
  'empty-id': 'Идентификатор не может быть пустым.',
  'reserved-id': '«{id}» нельзя использовать как идентификатор.',
  'duplicate-id': 'Идентификатор «{id}» встречается несколько раз, а он должен быть уникальным.',
  'unknown-step': 'Нет шага (или этапа без шагов) с идентификатором «{id}».',
  'unknown-persona': 'Нет персоны с идентификатором «{id}».',
  'unknown-metric': 'Нет метрики с идентификатором «{id}»; добавьте её в список «metrics».',
  'unknown-channel': 'В списке «channels» нет канала с идентификатором «{id}»; вместо названия показан идентификатор.',
  'unknown-lane-kind': '«{kind}» — неизвестный тип слоя; допустимы {allowed}.',
  'invalid-range': 'Минимум ({min}) должен быть меньше максимума ({max}).',
  'emotion-out-of-scale': 'Эмоция {value} выходит за пределы шкалы от {min} до {max}; показано значение {shown}.',
  'severity-out-of-range': 'Серьёзность {value} выходит за пределы от 1 до 5; показано значение {shown}.',
  'label-off-scale': 'Ключ подписи «{key}» не является значением шкалы от {min} до {max}.',
  'invalid-date': '«{value}» — некорректные дата и время (пример: 2026-03-01T10:00:00Z); значение пропущено.',
  'invalid-duration': '«{value}» — не длительность в формате ISO 8601 (пример: P6M — шесть месяцев, P1Y, P14D); значение пропущено.',
  'history-order': 'Замер от {at} записан после более позднего ({previous}); история читается от старых замеров к новым, поэтому она упорядочена.',
  'history-duplicate': 'Замер на дату {at} уже есть; повтор пропущен.',
  'unsafe-url': 'Адрес «{value}» недопустим (разрешены только https:, http: и data: с изображением); он пропущен.',
  'duplicate-lane': 'Слой «{key}» указан несколько раз; повтор пропущен.',
  'stage-fields-ignored': 'У этапа «{id}» есть шаги, поэтому его собственное поле «{field}» не показывается; перенесите его в шаг.',
  'unknown-next': 'Нет шага (или этапа без шагов) с идентификатором «{id}»; этот переход не показан.',
  'share-out-of-range': 'Доля {value} выходит за пределы от 0 до 1; показано значение {shown}.',
  'invalid-count': 'Количество {value} должно быть целым числом не меньше 0; значение пропущено.',
  'shares-above-one': 'Доли переходов из «{id}» в сумме дают {sum}, больше 1; поток показывает их приведёнными к 1.',
  'self-loop': '«{id}» указывает в «next» сам себя; шаг не может следовать за собой, поэтому переход не показан.',
  'unreachable-step': 'Ни один путь по «next» не ведёт от первого шага к «{id}».',
  'forbidden-key': 'Ключ «{key}» запрещён и удалён.',
  'unreadable': 'Не удалось прочитать значение (ошибка в геттере или прокси).',
  'cycle': 'Значение содержит само себя (циклическая ссылка).',
  'too-deep': 'Данные с вложенностью больше {max} уровней удалены.',
  'too-large': 'Значение слишком велико для чтения (больше {max} элементов).',
  'too-many-problems': 'Остальные проблемы не показаны (ещё {count}).',
  'mermaid-header': 'Строка {line}, столбец {column}: диаграмма пути пользователя Mermaid должна начинаться со слова «journey».',
  'mermaid-syntax': 'Строка {line}, столбец {column}: «{text}» — не заголовок, не раздел и не задача вида «Название задачи: 5: Участник».',
  'mermaid-score': 'Строка {line}, столбец {column}: оценка «{value}» — не число; в Mermaid оценки идут от 1 до 5.',
  'mermaid-score-range': 'Строка {line}, столбец {column}: оценка {value} выходит за пределы от 1 до 5; прочитано значение {shown}.',
  'unclosed-block': 'Строка {line}, столбец {column}: «{text}» здесь открыт, но нигде не закрыт.',
  'csv-unclosed-quote': 'Строка {line}, столбец {column}: ячейка в кавычках не закрыта, поэтому в неё попал весь остаток файла.',
  'csv-layout': 'В таблице нет ни формата экспорта (этап, шаг, слой, текст), ни названий слоёв в первом столбце с названиями этапов и шагов в первых строках.',
  'csv-unknown-lane': 'Строка {line}, столбец {column}: «{value}» — не название слоя; он прочитан как свой текстовый слой.',
  'csv-value': 'Строка {line}, столбец {column}: «{value}» не удалось прочитать в слое «{lane}»; значение пропущено.',
  'csv-metric-detail':
    'Строка {line}, столбец {column}: «{value}» у метрики «{metric}» не удалось прочитать (после target и previous нужно число, после history — даты и числа); метрика сохранена без этого.',
};

const ro: Dictionary = {
  'json-parse': 'Textul nu este JSON valid: verificați rândul {line}, coloana {column}.',
  'not-an-object': 'O hartă a parcursului trebuie să fie un obiect JSON cu schemaVersion, title și stages, dar aici este {found}.',
  'schema-version': 'schemaVersion trebuie să fie 1, versiunea de format pe care o citește biblioteca; s-a găsit {value}.',
  'missing-field': 'Lipsește câmpul obligatoriu „{field}”.',
  'wrong-type': '„{field}” trebuie să fie {expected}, dar este {found}.',
  'not-finite': '„{field}” trebuie să fie un număr finit, dar este {value}.',
  'invalid-value': '„{field}” trebuie să fie una dintre valorile {allowed}, dar este „{value}”.',
  'empty-stages': 'Harta parcursului are nevoie de cel puțin o etapă.',
  'empty-id': 'Un identificator nu poate fi gol.',
  'reserved-id': '„{id}” nu poate fi folosit ca identificator.',
  'duplicate-id': 'Identificatorul „{id}” este folosit de mai multe ori; fiecare identificator trebuie să fie unic.',
  'unknown-step': 'Nu există niciun pas (sau etapă fără pași) cu identificatorul „{id}”.',
  'unknown-persona': 'Nu există nicio persona cu identificatorul „{id}”.',
  'unknown-metric': 'Nu există nicio metrică cu identificatorul „{id}”; adăugați-o în lista „metrics”.',
  'unknown-channel': 'Niciun canal din lista „channels” nu are identificatorul „{id}”; se afișează identificatorul în locul numelui.',
  'unknown-lane-kind': '„{kind}” nu este un tip de strat; folosiți unul dintre {allowed}.',
  'invalid-range': 'Minimul ({min}) trebuie să fie mai mic decât maximul ({max}).',
  'emotion-out-of-scale': 'Emoția {value} este în afara scalei de la {min} la {max}; se afișează ca {shown}.',
  'severity-out-of-range': 'Gravitatea {value} este în afara intervalului de la 1 la 5; se afișează ca {shown}.',
  'label-off-scale': 'Cheia etichetei „{key}” nu este o valoare de pe scala de la {min} la {max}.',
  'invalid-date': '„{value}” nu este o dată și o oră valide (de exemplu 2026-03-01T10:00:00Z); valoarea este ignorată.',
  'invalid-duration': '„{value}” nu este o durată ISO 8601 (de exemplu P6M pentru șase luni, P1Y, P14D); valoarea este ignorată.',
  'history-order': 'Măsurătoarea din {at} apare după una mai recentă ({previous}); istoricul se citește de la cea mai veche, așa că este sortat.',
  'history-duplicate': 'Există deja o măsurătoare pe {at}; repetarea este ignorată.',
  'unsafe-url': 'Adresa „{value}” nu este permisă (doar https:, http: sau un URL data: cu imagine); este ignorată.',
  'duplicate-lane': 'Stratul „{key}” apare de mai multe ori; repetarea este ignorată.',
  'stage-fields-ignored': 'Etapa „{id}” are pași, așa că propriul câmp „{field}” nu este afișat; mutați-l într-un pas.',
  'unknown-next': 'Niciun pas (sau etapă fără pași) nu are identificatorul „{id}”; această tranziție nu este desenată.',
  'share-out-of-range': 'Ponderea {value} este în afara intervalului de la 0 la 1; se afișează ca {shown}.',
  'invalid-count': 'Numărul {value} trebuie să fie un număr întreg de cel puțin 0; este ignorat.',
  'shares-above-one': 'Ponderile care pleacă din „{id}” însumează {sum}, peste 1; fluxul le desenează reduse la 1.',
  'self-loop': '„{id}” se listează pe sine în „next”; un pas nu se poate urma pe sine, așa că tranziția nu este desenată.',
  'unreachable-step': 'Niciun drum prin „next” nu duce de la primul pas la „{id}”.',
  'forbidden-key': 'Cheia „{key}” nu este permisă și a fost eliminată.',
  'unreadable': 'Această valoare nu a putut fi citită (un getter sau un proxy a eșuat).',
  'cycle': 'Această valoare se conține pe ea însăși (referință circulară).',
  'too-deep': 'Datele imbricate pe mai mult de {max} niveluri au fost eliminate.',
  'too-large': 'Această valoare este prea mare pentru a fi citită (peste {max} elemente).',
  'too-many-problems': 'Au fost găsite și alte probleme, care nu sunt afișate: {count}.',
  'mermaid-header': 'Rândul {line}, coloana {column}: o diagramă de parcurs Mermaid trebuie să înceapă cu cuvântul „journey”.',
  'mermaid-syntax': 'Rândul {line}, coloana {column}: „{text}” nu este un titlu, o secțiune sau o sarcină scrisă ca „Numele sarcinii: 5: Actor”.',
  'mermaid-score': 'Rândul {line}, coloana {column}: scorul „{value}” nu este un număr; scorurile Mermaid merg de la 1 la 5.',
  'mermaid-score-range': 'Rândul {line}, coloana {column}: scorul {value} este în afara intervalului de la 1 la 5; este citit ca {shown}.',
  'unclosed-block': 'Rândul {line}, coloana {column}: „{text}” este deschis aici, dar nu este închis niciodată.',
  'csv-unclosed-quote': 'Rândul {line}, coloana {column}: o celulă între ghilimele nu este închisă, așa că restul fișierului este citit în ea.',
  'csv-layout': 'Tabelul nu are nici formatul exportului (etapă, pas, strat, text), nici numele straturilor în prima coloană și titlurile etapelor și pașilor în primele rânduri.',
  'csv-unknown-lane': 'Rândul {line}, coloana {column}: „{value}” nu este numele unui strat; este citit ca un strat de text propriu.',
  'csv-value': 'Rândul {line}, coloana {column}: „{value}” nu poate fi citit în stratul „{lane}”; a fost omis.',
  'csv-metric-detail':
    'Rândul {line}, coloana {column}: „{value}” al metricii „{metric}” nu poate fi citit (după target și previous trebuie un număr, după history date și numere); metrica este păstrată fără el.',
};

const TYPE_NAMES: Record<Locale, Record<TypeName, string>> = {
  en: {
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
    object: 'an object',
    array: 'a list',
    null: 'null',
    'string-list': 'a list of texts',
    'string-or-number': 'text or a number',
    emotion: 'a number or an object of numbers per persona',
    'next-item': 'a step id or an object with “step”',
    other: 'an unsupported value',
  },
  ru: {
    string: 'текстом',
    number: 'числом',
    boolean: 'true или false',
    object: 'объектом',
    array: 'списком',
    null: 'null',
    'string-list': 'списком строк',
    'string-or-number': 'текстом или числом',
    emotion: 'числом или объектом с числами по персонам',
    'next-item': 'идентификатором шага или объектом с полем «step»',
    other: 'неподдерживаемое значение',
  },
  ro: {
    string: 'text',
    number: 'un număr',
    boolean: 'true sau false',
    object: 'un obiect',
    array: 'o listă',
    null: 'null',
    'string-list': 'o listă de texte',
    'string-or-number': 'text sau un număr',
    emotion: 'un număr sau un obiect cu numere pentru fiecare persona',
    'next-item': 'un identificator de pas sau un obiect cu „step”',
    other: 'o valoare neacceptată',
  },
};

/** Russian puts the found value in the nominative case, unlike the instrumental of "должно быть …". */
const RU_FOUND: Record<TypeName, string> = {
  string: 'текст',
  number: 'число',
  boolean: 'логическое значение',
  object: 'объект',
  array: 'список',
  null: 'null',
  'string-list': 'список строк',
  'string-or-number': 'текст или число',
  emotion: 'число или объект',
  'next-item': 'шаг',
  other: 'неподдерживаемое значение',
};

const DICTIONARIES: Record<Locale, Dictionary> = { en, ru, ro };

const TYPE_KEYS = new Set<string>(Object.keys(TYPE_NAMES.en));

/** Values whose content is a TypeName are shown as the localized type name. */
const TYPE_PLACEHOLDERS = ['expected', 'found'] as const;

/** Every problem code with a message (in the order of the codes table in docs/journey-format.md). */
export const PROBLEM_CODES = Object.keys(en) as ProblemCode[];

/**
 * The localized message for a problem. `expected` and `found` values that name a type (`string`,
 * `array`, …) are translated; every other value is inserted as plain text.
 */
export function problemMessage(
  code: ProblemCode,
  locale: Locale,
  values: Record<string, string | number> = {},
): string {
  const dictionary = DICTIONARIES[locale] ?? en;
  const template = dictionary[code] ?? en[code] ?? code;
  const shown: Record<string, string | number> = { ...values };
  for (const name of TYPE_PLACEHOLDERS) {
    const value = values[name];
    if (typeof value === 'string' && TYPE_KEYS.has(value)) {
      const type = value as TypeName;
      shown[name] = locale === 'ru' && name === 'found' ? RU_FOUND[type] : TYPE_NAMES[locale][type];
    }
  }
  return format(template, shown);
}
