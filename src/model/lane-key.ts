/**
 * The one key format of a lane: its kind, or `text:<field>` for a text lane. Normalization, the
 * `lanes` attribute, validation (duplicates), lint and `<stage-lane>` all name lanes by it, so a lane
 * found in one is the same lane in the others.
 */
export function laneKey(kind: string, field?: string): string {
  return kind === 'text' ? `text:${field ?? ''}` : kind;
}
