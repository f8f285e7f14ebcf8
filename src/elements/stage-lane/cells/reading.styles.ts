import { css } from 'lit';

/**
 * Styles that make cells read at a glance: pain points weighted by severity, opportunities as cards
 * with chips, and UI words that never break inside a word while the document's texts hyphenate.
 */
export const readingCellStyles = css`
  /* Document texts carry the document's lang (lane-cells.ts), so hyphens: auto works for ru and ro. */
  .lane-cell[lang] {
    hyphens: auto;
  }
  .ui-word,
  .chip__label,
  .severity__words,
  .fact dt {
    hyphens: manual;
    overflow-wrap: normal;
    word-break: keep-all;
  }
  /* A category may be a team's own word of any length: no hyphens, but it still wraps when it cannot fit. */
  .chip__category {
    hyphens: manual;
    overflow-wrap: anywhere;
  }
  .fact dt {
    white-space: nowrap;
  }

  /* Severity: 1–2 quiet, 3 as before, 4–5 heavy; the words say the same. */
  .pain[data-severity='1'],
  .pain[data-severity='2'] {
    border-inline-start-width: 2px;
    background: var(--journey-surface);
  }
  .pain[data-severity='4'] {
    border-inline-start-width: 6px;
    background: color-mix(in srgb, var(--chip-color) 14%, var(--journey-surface));
  }
  .pain[data-severity='5'] {
    border-width: 2px;
    border-inline-start-width: 8px;
    background: color-mix(in srgb, var(--chip-color) 20%, var(--journey-surface));
  }
  .pain[data-severity='4'] .pain__text,
  .pain[data-severity='5'] .pain__text {
    font-weight: 600;
  }
  /*
   * The heavier tint of severity 4–5 darkens (dark theme) or lightens the chip enough that the muted
   * meta line fell under 4.5:1 (4.26:1 for a team's own category at severity 5 in dark): the severity
   * words and persona there take the text colour, ≥ 4.5:1 on every category's tint in both themes.
   */
  .pain[data-severity='4'] .meta,
  .pain[data-severity='5'] .meta {
    color: var(--journey-text);
  }
  .severity__words {
    white-space: nowrap;
  }

  .opportunity {
    gap: var(--journey-space-1);
    padding-block: var(--journey-space-1);
    padding-inline: var(--journey-space-2);
    border: 1px solid var(--journey-border);
    border-inline-start: 4px solid var(--journey-good);
    border-radius: var(--journey-chip-radius);
    background: color-mix(in srgb, var(--journey-good) 6%, var(--journey-surface));
  }
  .opportunity__text {
    font-weight: 600;
  }
  .opportunity__chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--journey-space-1);
  }
  .opportunity__chip {
    padding: 0 0.4em;
    border: 1px solid var(--journey-border);
    border-radius: 999px;
    background: var(--journey-surface);
    font-size: 0.8em;
    white-space: nowrap;
  }
  .opportunity__chip .chip__label {
    color: var(--journey-muted);
  }
  .opportunity__chip--impact[data-level='high'],
  .opportunity__chip--effort[data-level='low'] {
    border-color: var(--journey-good);
    font-weight: 600;
  }
  .opportunity__chip--effort[data-level='high'] {
    border-color: var(--journey-bad);
  }

  @media (forced-colors: active) {
    .opportunity,
    .opportunity__chip {
      border-color: CanvasText;
      background: Canvas;
    }
  }
`;
