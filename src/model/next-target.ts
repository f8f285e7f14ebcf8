import { isRecord } from './check-fields.js';

/**
 * The step id a `next` item leads to (the item itself, or its `step`), when it has one. Reads
 * unchecked input too: the flow checks and the editor's refusal to remove a referenced step use it.
 */
export const nextTarget = (item: unknown): string | undefined =>
  typeof item === 'string' ? item : isRecord(item) && typeof item.step === 'string' ? item.step : undefined;
