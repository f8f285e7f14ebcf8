/**
 * CSV text as a table of cells (RFC 4180 quoting, any line ends, a leading byte order mark ignored),
 * with the separator found from the first row: Excel writes `;` in locales whose decimal mark is a
 * comma (ru, ro), `,` elsewhere, and some tools write tabs.
 */

export interface CsvTable {
  rows: string[][];
  separator: string;
  /** Where a quoted cell was opened and never closed (1-based row and column), if one was. */
  unclosed?: { row: number; column: number };
}

const SEPARATORS = [',', ';', '\t'];

/** The separator used most in the first row outside quotes; `,` when there is none. */
export function detectSeparator(text: string): string {
  const counts = new Map(SEPARATORS.map((separator) => [separator, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best = ',';
  for (const [separator, count] of counts) if (count > counts.get(best)!) best = separator;
  return best;
}

/** Splits CSV text into rows of cells. Never throws; an unclosed quote takes the rest of the text. */
export function parseCsv(input: string, separator?: string): CsvTable {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const sep = separator ?? detectSeparator(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quotedAt: { row: number; column: number } | undefined;
  let i = 0;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const char = text[i];
    if (quotedAt) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (char === '"') quotedAt = undefined;
      else cell += char;
      i++;
      continue;
    }
    if (char === '"' && cell === '') {
      quotedAt = { row: rows.length + 1, column: row.length + 1 };
    } else if (char === sep) {
      endCell();
    } else if (char === '\r' || char === '\n') {
      endRow();
      if (char === '\r' && text[i + 1] === '\n') i++;
    } else {
      cell += char;
    }
    i++;
  }
  if (cell !== '' || row.length > 0 || quotedAt) endRow();
  return { rows, separator: sep, unclosed: quotedAt };
}

/** The spreadsheet name of a 1-based column: 1 → A, 26 → Z, 27 → AA. */
export function columnName(column: number): string {
  let name = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A cell as the exporter meant it: the apostrophe that guards a formula-like text removed. */
export function unguard(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}
