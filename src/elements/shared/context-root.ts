import { ContextRoot } from '@lit/context';

const ATTACHED = Symbol.for('journey-elements/context-root');

/**
 * Lets lanes that connect before their `<journey-map>` is defined (element modules loaded in any
 * order, or the map's module loaded last) still receive the map's contexts once it upgrades: the
 * root replays their unanswered context requests when a provider appears. Attached once per document.
 */
export function ensureContextRoot(): void {
  const holder = document as Document & { [ATTACHED]?: boolean };
  if (holder[ATTACHED]) return;
  holder[ATTACHED] = true;
  new ContextRoot().attach(document.documentElement);
}
