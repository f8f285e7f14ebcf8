import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Fills a list element with one `<li>` per text (each inside a `<q>` when `quoted`), as text nodes
 * only (`textContent`: data is never parsed as markup). An element directive: the `<li>`s are plain
 * nodes, not a Lit template per item, so a text cell costs no comment markers or template instances
 * per entry (a map has hundreds of them, drawn in its first frame and idle chunks). Items already
 * there are reused, extra ones removed.
 */
class TextItemsDirective extends Directive {
  private last?: readonly string[];
  private quoted = false;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('textItems() belongs on a list element: <ul ${textItems(items)}>');
  }

  render(_items: readonly string[], _quoted = false): unknown {
    return noChange;
  }

  override update(part: ElementPart, [items, quoted = false]: [readonly string[], boolean?]): unknown {
    if (items === this.last && quoted === this.quoted) return noChange;
    const list = part.element;
    if (quoted !== this.quoted) list.replaceChildren();
    this.last = items;
    this.quoted = quoted;
    while (list.childElementCount > items.length) list.lastElementChild!.remove();
    const document = list.ownerDocument;
    items.forEach((item, index) => {
      const li = list.children[index] ?? list.appendChild(document.createElement('li'));
      const holder = quoted ? (li.firstElementChild ?? li.appendChild(document.createElement('q'))) : li;
      if (holder.textContent !== item) holder.textContent = item;
    });
    return noChange;
  }
}

export const textItems = directive(TextItemsDirective);
