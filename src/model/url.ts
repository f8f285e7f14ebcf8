/**
 * URL allow-list for links and images that come from journey documents.
 *
 * The check parses the value with the browser's own URL parser, so it sees the scheme exactly as the
 * browser will when following the link: leading control characters and spaces are stripped, tabs and
 * newlines inside the scheme are removed and the scheme is lower-cased before it is compared.
 */

export type UrlKind = 'link' | 'image';

const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
const IMAGE_SCHEMES = new Set(['http:', 'https:']);
const DATA_IMAGE = /^data:image\/(png|jpeg|gif|webp)[;,]/i;

/** Base for resolving relative URLs; `.invalid` never resolves, so nothing is ever fetched from it. */
const DUMMY_BASE = 'https://journey.invalid/';

/**
 * An HTML character reference where a scheme would be (`javascript&#58;…`, `javascript&colon;…`):
 * harmless as a property value, but dangerous if the text ever passes through an HTML parser.
 */
const ENTITY_IN_SCHEME = /^[^/?#]*&(#x?[0-9a-f]+|[a-z]+);?/i;

/**
 * Returns the URL when it is safe to use as a link (`http:`, `https:`, `mailto:`) or an image
 * (`https:`, `http:`, `data:image/png|jpeg|gif|webp`), relative URLs included; otherwise undefined.
 * Absolute URLs are returned in the parser's normalized form.
 */
export function safeUrl(value: unknown, kind: UrlKind): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const absolute = parseAbsolute(value);
  if (absolute) {
    const allowed = kind === 'link' ? LINK_SCHEMES : IMAGE_SCHEMES;
    if (allowed.has(absolute.protocol)) return absolute.href;
    if (kind === 'image' && absolute.protocol === 'data:' && DATA_IMAGE.test(absolute.href)) return absolute.href;
    return undefined;
  }
  // A relative URL keeps the page's scheme, unless it only looks relative because the scheme is disguised.
  if (ENTITY_IN_SCHEME.test(value)) return undefined;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(value)) return undefined;
  try {
    const resolved = new URL(value, DUMMY_BASE);
    return resolved.protocol === 'https:' ? value.trim() : undefined;
  } catch {
    return undefined;
  }
}

function parseAbsolute(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}
