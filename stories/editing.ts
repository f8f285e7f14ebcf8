/**
 * The editable map's stories: the document lives in Storybook's args (every `journey-change` writes
 * the new document and its patch back into them), and the last patch is shown under the map, as a
 * host page that saves it would send it.
 */
import { html, type TemplateResult } from 'lit';
import { jsonEqual } from '../src/edit/json-patch.js';
import type { JourneyMap } from '../src/elements/journey-map/journey-map.component.js';
import type { JourneyChangeEvent } from '../src/events.js';
import { documentFor } from './documents.js';
import { inPage, localeFor, optional, themeFor, type CommonArgs, type StoryRenderContext } from './helpers.js';

/** The host page's own buttons speak the page's language, as a real host's would. */
const HISTORY_WORDS: Record<string, { history: string; undo: string; redo: string }> = {
  en: { history: 'History', undo: 'Undo', redo: 'Redo' },
  ru: { history: 'История', undo: 'Отменить', redo: 'Повторить' },
  ro: { history: 'Istoric', undo: 'Anulează', redo: 'Refă' },
};

export interface EditableArgs extends CommonArgs {
  journey?: unknown;
  persona?: string;
  editable?: boolean;
  /** The JSON Patch of the last `journey-change`, kept in the args with the document. */
  lastPatch?: unknown;
  onJourneyChange?: (event: Event) => void;
}

/**
 * The last document each story's map dispatched. Storybook copies args when it updates them, so the
 * document that comes back is equal but not the same object; giving the map back its own object
 * keeps its undo history (a different document from the host would start a new one).
 */
const dispatched = new Map<string, unknown>();

/** Writes args back the way Storybook's `useArgs` does, on the preview's channel (absent outside Storybook, as in the story test). */
function updateArgs(storyId: string, updatedArgs: Record<string, unknown>): void {
  const channel = (globalThis as { __STORYBOOK_ADDONS_CHANNEL__?: { emit: (event: string, payload: unknown) => void } }).__STORYBOOK_ADDONS_CHANNEL__;
  channel?.emit('updateStoryArgs', { storyId, updatedArgs });
}

function patchText(patch: unknown): string {
  return Array.isArray(patch) && patch.length ? JSON.stringify(patch, null, 2) : '— (no edit yet: focus a cell and press Enter, F2 or +)';
}

function onChange(event: JourneyChangeEvent, args: EditableArgs, storyId: string | undefined): void {
  const { journey, patch } = event.detail;
  const shown = (event.currentTarget as HTMLElement).closest('.editable-story')?.querySelector('.editable-story__patch');
  if (shown) shown.textContent = patchText(patch);
  args.onJourneyChange?.(event);
  if (!storyId) return;
  dispatched.set(storyId, journey);
  updateArgs(storyId, { journey, lastPatch: patch });
}

/** An editable map with Undo/Redo buttons and the last patch, its document kept in the story's args. */
export function renderEditable(args: EditableArgs, context: StoryRenderContext & { id?: string }): TemplateResult {
  const storyId = context.id;
  const given = documentFor(args.journey);
  const kept = storyId ? dispatched.get(storyId) : undefined;
  const journey = kept !== undefined && jsonEqual(kept, given) ? kept : given;
  const words = HISTORY_WORDS[localeFor(args, context).split('-')[0]!] ?? HISTORY_WORDS.en!;
  const mapOf = (event: Event) => (event.currentTarget as HTMLElement).closest('.editable-story')?.querySelector('journey-map');
  return inPage(
    context,
    html`<div class="editable-story">
      <div role="toolbar" aria-label=${words.history} style="display: flex; gap: 0.5rem; margin-block-end: 0.75rem">
        <button type="button" @click=${(event: Event) => mapOf(event)?.undo()}>${words.undo}</button>
        <button type="button" @click=${(event: Event) => mapOf(event)?.redo()}>${words.redo}</button>
      </div>
      <journey-map
        ?editable=${args.editable !== false}
        .journey=${journey as JourneyMap['journey']}
        locale=${optional(args.locale)}
        persona=${optional(args.persona)}
        theme=${optional(themeFor(args, context))}
        .strings=${args.strings}
        @journey-change=${(event: JourneyChangeEvent) => onChange(event, args, storyId)}
        @journey-select=${args.onJourneySelect}
        @journey-error=${args.onJourneyError}
      ></journey-map>
      <section aria-label="journey-change" style=${`margin-block-start: 1rem; padding: 0.5rem; ${themeFor(args, context) === 'dark' ? 'color: #e5e7eb; background: #111827' : 'color: #1f2937; background: #ffffff'}`}>
        <h3 style="font: 600 0.875rem system-ui, sans-serif; margin: 0 0 0.25rem">Last patch (RFC 6902) from journey-change</h3>
        <pre class="editable-story__patch" tabindex="0" style="margin: 0; max-block-size: 16rem; overflow: auto; font-size: 0.8125rem">${patchText(args.lastPatch)}</pre>
      </section>
    </div>`,
  );
}
