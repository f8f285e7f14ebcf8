import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { mapString } from '../i18n/map-strings.js';
import type { JourneyProblem } from '../model/types.js';
import { ImportedText, isMermaidResponse, loadMermaidImporter } from '../import/imported-text.js';
import type { Translator } from '../i18n/translator.js';

/** Where loading from `src` stands. A failure keeps what the message needs, localized at render time. */
export type FetchState =
  | { status: 'idle' }
  | { status: 'loading'; url: string }
  | { status: 'loaded'; url: string; input: string | ImportedText }
  | { status: 'failed'; url: string; httpStatus?: string; reason?: string };

const SCRIPT_SELECTOR = ':scope > script[type="application/json"], :scope > script[type="text/x-mermaid"]';

/**
 * The two ways a map reads a document besides its `journey` property: fetching the `src` URL (the
 * previous request is aborted when `src` changes) and a child `<script type="application/json">`,
 * re-read whenever its text changes. Both hand the raw text on; the map validates it. A Mermaid
 * `journey` (a `text/vnd.mermaid` response, a `.mmd` file, a `<script type="text/x-mermaid">`) is
 * handed on with the Mermaid importer, which is loaded only then.
 */
export class JourneySource implements ReactiveController {
  fetchState: FetchState = { status: 'idle' };
  /** Text of the child JSON or Mermaid script, if there is one. */
  scriptText?: string;
  /** What the child script gives the map: its JSON text, or its Mermaid text once the importer is loaded. */
  scriptInput?: string | ImportedText;

  private readonly host: ReactiveControllerHost & HTMLElement;
  private controller?: AbortController;
  private observer?: MutationObserver;
  /** A load was aborted by a disconnect: the next connect must start it again. */
  private interrupted = false;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.readScript();
    this.observer = new MutationObserver(() => {
      if (this.readScript()) this.host.requestUpdate();
    });
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    // Frameworks move elements (remove, then insert) when they reorder lists: nothing else would
    // update the host, so without this it would show "Loading…" until some property changed.
    if (this.interrupted) {
      this.interrupted = false;
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.controller?.abort();
    this.controller = undefined;
    // A reconnected map must fetch again rather than wait for a request that was aborted.
    if (this.fetchState.status === 'loading') {
      this.fetchState = { status: 'idle' };
      this.interrupted = true;
    }
  }

  /** Starts loading `url` unless it is already loaded or loading; an empty value stops loading. */
  load(url: string | undefined): void {
    const state = this.fetchState;
    if (url && state.status !== 'idle' && state.url === url) return;
    this.controller?.abort();
    this.controller = undefined;
    if (!url) {
      this.fetchState = { status: 'idle' };
      return;
    }
    const controller = new AbortController();
    this.controller = controller;
    this.fetchState = { status: 'loading', url };
    this.fetchText(url, controller.signal).then((next) => {
      if (controller.signal.aborted) return;
      this.fetchState = next;
      this.host.requestUpdate();
    });
  }

  private async fetchText(url: string, signal: AbortSignal): Promise<FetchState> {
    try {
      const response = await fetch(url, { signal, headers: { Accept: 'application/json, text/vnd.mermaid;q=0.9' } });
      if (!response.ok) {
        const httpStatus = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
        return { status: 'failed', url, httpStatus };
      }
      const text = await response.text();
      if (!isMermaidResponse(url, response.headers.get('Content-Type'))) return { status: 'loaded', url, input: text };
      return { status: 'loaded', url, input: new ImportedText(text, await loadMermaidImporter()) };
    } catch (error) {
      return { status: 'failed', url, reason: error instanceof Error ? error.message : String(error) };
    }
  }

  /** What the map reads: the loaded `src` when it has one, else the child script. */
  input(fromSrc: boolean): unknown {
    if (fromSrc) return this.fetchState.status === 'loaded' ? this.fetchState.input : undefined;
    return this.scriptInput;
  }

  /** Re-reads the child script; true when its text changed. */
  private readScript(): boolean {
    const script = this.host.querySelector<HTMLScriptElement>(SCRIPT_SELECTOR);
    const text = script ? (script.textContent ?? '') : undefined;
    if (text === this.scriptText) return false;
    this.scriptText = text;
    this.scriptInput = script?.type.toLowerCase() === 'text/x-mermaid' ? undefined : text;
    if (text !== undefined && script?.type.toLowerCase() === 'text/x-mermaid') {
      void loadMermaidImporter().then((read) => {
        if (this.scriptText !== text) return;
        this.scriptInput = new ImportedText(text, read);
        this.host.requestUpdate();
      });
    }
    return true;
  }
}

/** The problem to show when loading `src` failed: the HTTP status, or the browser's network error. */
export function fetchProblem(state: FetchState, words: Translator): JourneyProblem | undefined {
  if (state.status !== 'failed') return undefined;
  const message = state.httpStatus
    ? mapString(words, 'error.http', { url: state.url, status: state.httpStatus })
    : mapString(words, 'error.network', { url: state.url, reason: state.reason ?? '' });
  return { path: '', code: state.httpStatus ? 'http-status' : 'network', message, severity: 'error' };
}
