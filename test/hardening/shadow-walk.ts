/** Helpers that look at everything an element rendered, through every open shadow root. */

/** Every element under `root`, descending into open shadow roots (and theirs), in document order. */
export function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  const visit = (node: ParentNode) => {
    for (const element of Array.from(node.querySelectorAll('*'))) {
      out.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(root);
  return out;
}

/** The element's text including the text of open shadow roots inside it. */
export function deepText(root: Node): string {
  if (root.nodeType === Node.TEXT_NODE) return root.textContent ?? '';
  let text = '';
  const host = root as Element;
  const children = host.shadowRoot ? [...Array.from(host.shadowRoot.childNodes), ...Array.from(root.childNodes)] : Array.from(root.childNodes);
  for (const child of children) {
    if (child.nodeType === Node.TEXT_NODE) text += child.textContent ?? '';
    else if (child.nodeType === Node.ELEMENT_NODE || child.nodeType === Node.DOCUMENT_FRAGMENT_NODE) text += deepText(child);
  }
  return text;
}

const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
const DATA_IMAGE = /^data:image\/(png|jpeg|gif|webp)[;,]/i;

/** True when the browser would resolve `value` (as an href/src on this page) to a safe scheme. */
export function isSafeUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value, document.baseURI);
  } catch {
    // Not a URL the browser can follow or fetch at all.
    return true;
  }
  if (LINK_SCHEMES.has(url.protocol)) return true;
  return url.protocol === 'data:' && DATA_IMAGE.test(url.href);
}

/** Attributes that make the browser fetch or navigate. */
export const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'data', 'background', 'ping'];

/** Elements that run code or embed other documents; a journey never needs any of them. */
export const EXECUTABLE_TAGS = ['script', 'iframe', 'object', 'embed', 'foreignobject', 'frame', 'frameset', 'applet', 'base', 'meta', 'link'];

export interface ShadowAudit {
  eventHandlers: string[];
  executable: string[];
  unsafeUrls: string[];
}

/** Every element the components rendered: the contents of each open shadow root under `root`, recursively. */
export function renderedElements(root: ParentNode): Element[] {
  return deepElements(root).filter((element) => element.getRootNode() instanceof ShadowRoot);
}

/**
 * What in the rendered trees could run code: on* attributes, executable elements, unsafe URLs.
 * Only shadow-root contents count: the host elements and their attributes are the test's own.
 */
export function auditTrees(root: ParentNode): ShadowAudit {
  const audit: ShadowAudit = { eventHandlers: [], executable: [], unsafeUrls: [] };
  for (const element of renderedElements(root)) {
    const tag = element.localName.toLowerCase();
    if (EXECUTABLE_TAGS.includes(tag)) audit.executable.push(tag);
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) audit.eventHandlers.push(`<${tag} ${name}>`);
      const local = attribute.localName.toLowerCase();
      if ((URL_ATTRIBUTES.includes(local) || name === 'xlink:href') && !isSafeUrl(attribute.value)) {
        audit.unsafeUrls.push(`<${tag} ${name}="${attribute.value.slice(0, 80)}">`);
      }
    }
  }
  return audit;
}
