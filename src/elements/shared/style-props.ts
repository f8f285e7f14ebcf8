import { noChange, type AttributePart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

/** CSS properties by name: camelCase for standard ones (`inlineSize`), dashed for custom ones (`--series-color`). */
export type StyleProps = Readonly<Record<string, string | number | undefined>>;

/**
 * Sets inline styles through the CSSOM (`style.setProperty`), on the first render too.
 *
 * Lit's `styleMap` writes its first render as a `style="…"` attribute string, which a Content
 * Security Policy without `'unsafe-inline'` for style attributes blocks (the element then has no
 * size). CSSOM writes are not restricted by CSP, so every run-time size and position in the
 * templates goes through this directive instead. Used as `style=${styleProps({ inlineSize: '4px' })}`,
 * the only binding in the attribute.
 */
class StylePropsDirective extends Directive {
  /** Values written by the last update, by name: unchanged ones are not written again. */
  private previous = new Map<string, string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    // Lit leaves `strings` undefined exactly when the binding is the whole attribute value: static
    // text beside it would never be written, since this directive writes no attribute.
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style' || partInfo.strings !== undefined) {
      throw new Error('styleProps must be the only binding of a style attribute.');
    }
  }

  render(_props: StyleProps): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [props]: [StyleProps]): typeof noChange {
    const { style } = part.element as HTMLElement | SVGElement;
    for (const name of this.previous.keys()) {
      if (props[name] === undefined) style.removeProperty(cssName(name));
    }
    const written = new Map<string, string>();
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined) continue;
      const text = String(value);
      if (this.previous.get(name) !== text) style.setProperty(cssName(name), text);
      written.set(name, text);
    }
    this.previous = written;
    return noChange;
  }
}

/** `inlineSize` → `inline-size`; names with a dash (custom properties) are already CSS names. */
function cssName(name: string): string {
  return name.includes('-') ? name : name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

export const styleProps = directive(StylePropsDirective);
