/** One committed edit: the documents before and after it, and words for what it did. */
export interface HistoryEntry<T> {
  before: T;
  after: T;
  /** What the edit did, as announced ("Step added after Signs up"). */
  label: string;
}

/**
 * Undo and redo over whole documents (cheap: edits share every unchanged branch). Keeps the last
 * `limit` edits (default 200); a new edit after undoing drops the edits that could have been redone.
 */
export class EditHistory<T> {
  private past: HistoryEntry<T>[] = [];
  private future: HistoryEntry<T>[] = [];

  constructor(readonly limit = 200) {}

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** Number of edits that can be undone. */
  get size(): number {
    return this.past.length;
  }

  record(entry: HistoryEntry<T>): void {
    this.past.push(entry);
    if (this.past.length > this.limit) this.past.shift();
    this.future = [];
  }

  /** The edit to undo (its `before` is the document to go back to), or undefined. */
  undo(): HistoryEntry<T> | undefined {
    const entry = this.past.pop();
    if (entry) this.future.push(entry);
    return entry;
  }

  /** The edit to redo (its `after` is the document to go forward to), or undefined. */
  redo(): HistoryEntry<T> | undefined {
    const entry = this.future.pop();
    if (entry) this.past.push(entry);
    return entry;
  }

  clear(): void {
    this.past = [];
    this.future = [];
  }
}
