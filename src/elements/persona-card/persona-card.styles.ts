import { css } from 'lit';

export const personaCardStyles = css`
  :host {
    --journey-avatar-size: 3.5rem;
    display: block;
    color: var(--journey-text);
  }
  :host([hidden]) {
    display: none;
  }

  .card {
    display: flex;
    flex-direction: column;
    gap: var(--journey-space-3);
    padding: var(--journey-space-3);
    border: 1px solid var(--journey-border);
    border-radius: var(--journey-radius);
    background: var(--journey-surface);
    line-height: 1.4;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  :host([compact]) .card {
    padding: var(--journey-space-2);
  }
  .header {
    display: flex;
    align-items: center;
    gap: var(--journey-space-3);
  }
  .avatar {
    flex: none;
    inline-size: var(--journey-avatar-size);
    block-size: var(--journey-avatar-size);
    border-radius: 50%;
    object-fit: cover;
  }
  :host([compact]) .avatar {
    --journey-avatar-size: 2.25rem;
  }
  .avatar--initials {
    display: grid;
    place-items: center;
    background: var(--journey-avatar-color, var(--journey-accent));
    color: var(--journey-on-accent);
    font-weight: 700;
    font-size: calc(var(--journey-avatar-size) * 0.38);
  }
  .name,
  .section-heading {
    margin: 0;
    line-height: 1.25;
  }
  .name {
    font-size: 1.125em;
  }
  :host([compact]) .name {
    font-size: 1em;
  }
  .role,
  .description {
    margin: 0;
  }
  .role {
    color: var(--journey-muted);
  }
  .quote {
    margin: 0;
    padding-inline-start: var(--journey-space-3);
    border-inline-start: 3px solid var(--journey-accent);
    font-style: italic;
  }
  .quote p {
    margin: 0;
  }
  .quote p::before {
    content: open-quote;
  }
  .quote p::after {
    content: close-quote;
  }
  .sections {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    gap: var(--journey-space-3);
  }
  .section-heading {
    margin-block-end: var(--journey-space-1);
    font-size: 0.875em;
    color: var(--journey-muted);
  }
  .section ul {
    margin: 0;
    padding-inline-start: 1.1em;
  }
  .attributes {
    display: grid;
    gap: var(--journey-space-1);
    margin: 0;
  }
  .attribute {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--journey-space-1);
  }
  .attribute dt {
    color: var(--journey-muted);
  }
  .attribute dt::after {
    content: ':';
  }
  .attribute dd {
    margin: 0;
  }

  @media (forced-colors: active) {
    .card,
    .avatar {
      border: 1px solid CanvasText;
    }
    .avatar--initials {
      background: Canvas;
      color: CanvasText;
    }
    .quote {
      border-inline-start-color: CanvasText;
    }
  }
`;
