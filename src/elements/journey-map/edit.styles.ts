import { css } from 'lit';

/** The in-place editor, the header's edit buttons and the note of a refused edit (editable maps only). */
export const editStyles = css`
  .editor {
    position: fixed;
    z-index: 10;
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    gap: var(--journey-space-2);
    max-block-size: 70vh;
    overflow: auto;
    padding: var(--journey-space-2);
    color: var(--journey-text);
    background: var(--journey-surface);
    border: 2px solid var(--journey-accent);
    border-radius: var(--journey-radius);
    box-shadow: 0 6px 24px rgb(0 0 0 / 0.25);
    font: inherit;
    font-size: 0.875rem;
    text-align: start;
  }
  .editor textarea,
  .editor input,
  .editor select {
    box-sizing: border-box;
    inline-size: 100%;
    font: inherit;
    color: inherit;
    background: var(--journey-surface);
    border: 1px solid var(--journey-border);
    border-radius: var(--journey-chip-radius);
    padding: var(--journey-space-1);
  }
  .editor textarea {
    resize: vertical;
  }
  .editor :focus-visible {
    outline: 3px solid var(--journey-focus-ring);
    outline-offset: 1px;
  }
  .editor__field,
  .editor__picker {
    display: flex;
    flex-direction: column;
    gap: 2px;
  }
  .editor__label,
  .editor__picker > span {
    font-weight: 600;
    color: var(--journey-muted);
  }
  .editor__items {
    margin: 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-direction: column;
    gap: var(--journey-space-2);
  }
  .editor__item {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(7rem, 1fr));
    gap: var(--journey-space-1);
    padding-block-end: var(--journey-space-2);
    border-block-end: 1px solid var(--journey-border);
  }
  .editor__item > textarea {
    grid-column: 1 / -1;
  }
  .editor__item-actions,
  .editor__actions,
  .editor__structure {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--journey-space-1);
  }
  .editor__item-actions {
    grid-column: 1 / -1;
    justify-content: flex-end;
  }
  .editor button,
  .edit-button {
    font: inherit;
    font-size: 0.8125rem;
    color: var(--journey-text);
    background: var(--journey-surface-alt);
    border: 1px solid var(--journey-border);
    border-radius: var(--journey-chip-radius);
    padding: 2px var(--journey-space-2);
    cursor: pointer;
  }
  .editor button:disabled {
    cursor: default;
    opacity: 0.5;
  }
  .editor .editor__save {
    color: var(--journey-on-accent);
    background: var(--journey-accent);
    border-color: var(--journey-accent);
  }
  .editor__hint {
    color: var(--journey-muted);
    font-size: 0.75rem;
  }
  .editor__error,
  .edit-refusal {
    margin: 0;
    color: var(--journey-bad);
    font-weight: 600;
  }
  /*
   * Under the grid, but held at the bottom of the window while the grid runs past it: a refused
   * Delete in a tall map is seen where the user is, without moving the grid or the focus.
   */
  .edit-refusal {
    position: sticky;
    inset-block-end: 0;
    z-index: 3;
    margin-block: var(--journey-space-1);
    padding: var(--journey-space-1) var(--journey-space-2);
    border: 1px solid var(--journey-bad);
    border-radius: var(--journey-radius);
    background: var(--journey-surface);
  }
  .edit-button {
    margin-inline-start: var(--journey-space-2);
    vertical-align: middle;
  }
  /* Under a persona's card, above the button that covers the card (which opens the profile). */
  .edit-button--persona {
    position: relative;
    z-index: 1;
    margin-inline-start: 0;
  }
  .editor__marks {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--journey-space-2);
  }
  .editor__check {
    display: flex;
    align-items: center;
    gap: var(--journey-space-1);
    font-weight: 600;
  }
  .editor .editor__check input {
    inline-size: auto;
  }
  .editor__persona {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: var(--journey-space-2);
  }
  .drop-line {
    position: fixed;
    z-index: 9;
    inline-size: 4px;
    transform: translateX(-2px);
    background: var(--journey-accent);
    border-radius: 2px;
    pointer-events: none;
  }
  :host([editable]) .step-row > [data-step-id] {
    cursor: grab;
  }
  /*
   * Touch: a finger drags a step header sideways and an emotion point up or down; the other direction
   * still pans (a swipe up or down on the headers scrolls the page, a sideways one on the emotion lane
   * scrolls the grid).
   */
  :host([editable]) .step-row > [data-step-id] {
    touch-action: pan-y;
  }
  :host([editable]) .lanes > emotion-curve,
  :host([editable]) ::slotted(emotion-curve) {
    touch-action: pan-x;
  }
  @media (forced-colors: active) {
    .drop-line {
      background: Highlight;
    }
    .editor {
      border-color: CanvasText;
    }
    .editor .editor__save {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
  }
`;
