import type { ImportResult } from './problems.js';

/** An importer: text in another format → a journey document and its problems (never throws). */
export type TextImporter = (text: string, options: { locale: string }) => ImportResult;

/**
 * Text in another format (a Mermaid diagram) handed to an element together with the importer that
 * reads it, so the element reads it again in its own language and the importer's code is only
 * loaded by pages that need it.
 */
export class ImportedText {
  constructor(
    readonly text: string,
    readonly read: TextImporter,
  ) {}
}

let mermaid: Promise<TextImporter> | undefined;

/**
 * The Mermaid importer, loaded on first use: a separate module for apps' bundlers and the ESM build,
 * part of the file in the one-file bundle. A module import, so a strict CSP (`script-src 'self'`)
 * allows it.
 */
export function loadMermaidImporter(): Promise<TextImporter> {
  mermaid ??= import('./mermaid.js').then((module) => module.journeyFromMermaid);
  return mermaid;
}

/** True for a Mermaid response: its media type, else a `.mmd` or `.mermaid` file name. */
export function isMermaidResponse(url: string, contentType: string | null): boolean {
  if (contentType && /^text\/(vnd\.|x-)mermaid\b/i.test(contentType.trim())) return true;
  return /\.(mmd|mermaid)$/i.test(url.split(/[?#]/)[0]);
}
