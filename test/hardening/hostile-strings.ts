/**
 * A corpus of hostile strings for the injection tests. Every payload that could execute code sets the
 * sentinel `window.__pwned` to its own name, so a test that finds the sentinel set knows which one ran.
 *
 * `live` says how the corpus test proves a payload is real (that the browser would run it, given the
 * chance), so a passing injection test means the elements neutralised it rather than that it was a dud:
 * - 'html': inserted as HTML, it runs (event handlers; <script> inserted by innerHTML never runs, so
 *   those payloads are not marked);
 * - 'attribute': written inside a double-quoted attribute of naive HTML, it breaks out and runs;
 * - 'url': the browser's URL parser reads it as a javascript:/vbscript:/data: URL;
 * - 'html-url': the scheme only appears once an HTML parser decodes character references.
 * `unsafeUrl` marks the payloads that must be dropped (with an `unsafe-url` warning) in a URL field.
 */
export interface HostileString {
  name: string;
  value: string;
  live?: 'html' | 'attribute' | 'url' | 'html-url';
  unsafeUrl?: boolean;
}

declare global {
  interface Window {
    __pwned?: string;
  }
}

const set = (name: string) => `window.__pwned='${name}'`;

export const HOSTILE_STRINGS: readonly HostileString[] = [
  // Script and event-handler HTML.
  { name: 'script', value: `<script>${set('script')}</script>` },
  { name: 'script-src', value: `<SCRIPT SRC="data:text/javascript,${set('script-src')}"></SCRIPT>` },
  { name: 'img-onerror', value: `<img src=x onerror="${set('img-onerror')}">`, live: 'html' },
  { name: 'img-unquoted', value: `<img src=x onerror=${set('img-unquoted')}//>`, live: 'html' },
  // Runs when parsed with the page; innerHTML does not fire SVG load events, so it is not checked as live.
  { name: 'svg-onload', value: `<svg onload="${set('svg-onload')}"></svg>` },
  { name: 'svg-script', value: `<svg><script>${set('svg-script')}</script></svg>` },
  {
    name: 'svg-foreign-object',
    value: `<svg><foreignObject><img src=x onerror="${set('svg-foreign-object')}"></foreignObject></svg>`,
    live: 'html',
  },
  { name: 'details-ontoggle', value: `<details open ontoggle="${set('details-ontoggle')}">x</details>`, live: 'html' },
  { name: 'iframe-js', value: `<iframe src="javascript:parent.__pwned='iframe-js'"></iframe>` },
  { name: 'iframe-srcdoc', value: `<iframe srcdoc="<script>parent.__pwned='iframe-srcdoc'</script>"></iframe>` },
  { name: 'object-data', value: `<object data="javascript:${set('object-data')}"></object>` },
  { name: 'embed-src', value: `<embed src="data:text/html,<script>parent.__pwned='embed-src'</script>">` },
  { name: 'video-source', value: `<video><source onerror="${set('video-source')}"></video>`, live: 'html' },
  { name: 'mxss', value: `<math><mtext><table><mglyph><style><img src=x onerror="${set('mxss')}">` },
  { name: 'nested-script', value: `<scr<script>ipt>${set('nested-script')}</scr</script>ipt>` },
  { name: 'a-href-js', value: `<a href="javascript:${set('a-href-js')}">click</a>` },
  { name: 'button-formaction', value: `<form><button formaction="javascript:${set('button-formaction')}">x</button></form>` },
  { name: 'comment-breakout', value: `--><img src=x onerror="${set('comment-breakout')}"><!--`, live: 'html' },
  { name: 'lit-marker', value: `<?lit$1234$>lit$1234$<!--?lit$1234$--><img src=x onerror="${set('lit-marker')}">`, live: 'html' },

  // Attribute breakouts.
  { name: 'attr-double-quote', value: `"><img src=x onerror="${set('attr-double-quote')}">`, live: 'attribute' },
  { name: 'attr-single-quote', value: `'><img src=x onerror='window.__pwned="attr-single-quote"'>` },
  { name: 'attr-autofocus', value: `" autofocus tabindex="0" onfocus="${set('attr-autofocus')}" x="`, live: 'attribute' },
  { name: 'attr-mouseover', value: `" onmouseover="${set('attr-mouseover')}" style="display:block;inset:0;position:fixed" x="` },

  // Dangerous URLs, plain and disguised.
  { name: 'js-url', value: `javascript:${set('js-url')}`, live: 'url', unsafeUrl: true },
  { name: 'js-url-case', value: `JaVaScRiPt:${set('js-url-case')}`, live: 'url', unsafeUrl: true },
  { name: 'js-url-leading-space', value: `   javascript:${set('js-url-leading-space')}`, live: 'url', unsafeUrl: true },
  { name: 'js-url-tab', value: `\tjava\tscript:${set('js-url-tab')}`, live: 'url', unsafeUrl: true },
  { name: 'js-url-newline', value: `java\nscr\ript:${set('js-url-newline')}`, live: 'url', unsafeUrl: true },
  { name: 'js-url-control', value: `\u0001\u001fjavascript:${set('js-url-control')}`, live: 'url', unsafeUrl: true },
  { name: 'js-url-nul', value: `java\u0000script:${set('js-url-nul')}`, unsafeUrl: true },
  { name: 'js-url-entity', value: `javascript&#58;${set('js-url-entity')}`, live: 'html-url', unsafeUrl: true },
  { name: 'js-url-entity-colon', value: `javascript&colon;${set('js-url-entity-colon')}`, live: 'html-url', unsafeUrl: true },
  {
    name: 'js-url-all-entities',
    value: `&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#x3A;${set('js-url-all-entities')}`,
    live: 'html-url',
    unsafeUrl: true,
  },
  { name: 'vbscript', value: 'vbscript:msgbox("pwned")', live: 'url', unsafeUrl: true },
  { name: 'vbscript-case', value: ' VBScript:Execute("pwned")', live: 'url', unsafeUrl: true },
  { name: 'data-html', value: `data:text/html,<script>parent.__pwned='data-html'</script>`, live: 'url', unsafeUrl: true },
  {
    name: 'data-html-base64',
    value: 'DATA:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19wd25lZD0nZGF0YS1odG1sLWJhc2U2NCc8L3NjcmlwdD4=',
    live: 'url',
    unsafeUrl: true,
  },
  {
    name: 'data-svg',
    value: `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="parent.__pwned='data-svg'"/>`,
    live: 'url',
    unsafeUrl: true,
  },
  { name: 'percent-encoded', value: `%3Cscript%3E${set('percent-encoded')}%3C/script%3E` },

  // CSS injection.
  { name: 'css-url', value: `red;background:url(javascript:${set('css-url')})` },
  { name: 'css-style-close', value: `</style><script>${set('css-style-close')}</script>` },
  { name: 'css-style-close-img', value: `red}</style><img src=x onerror="${set('css-style-close-img')}">`, live: 'html' },
  { name: 'css-expression', value: `expression(${set('css-expression')})` },
  { name: 'css-rule', value: '}*{background:url("https://journey.invalid/leak")!important}' },
  { name: 'css-var', value: 'var(--x);--journey-text:red;inline-size:1px' },

  // Bidi, zero-width and other tricky Unicode.
  { name: 'bidi-override', value: 'invoice\u202Efdp.exe' },
  { name: 'bidi-isolates', value: '\u2067abc\u2069\u202Ddef\u202C\u200Fghi' },
  { name: 'zero-width', value: 'a\u200B\u200C\u200D\u2060b\uFEFF' },
  { name: 'zero-width-script', value: `\u200B<script\u200B>${set('zero-width-script')}</script>` },
  { name: 'lone-surrogates', value: 'x\uD800y\uDFFFz' },
  { name: 'combining', value: 'Z\u0334\u0353\u0310a\u0337l\u0336g\u0338o\u0335' },
  { name: 'nul-and-controls', value: 'a\u0000b\u0007c\u001bd' },
  { name: 'newlines', value: 'line one\nline two\r\nline three\u2028line four' },

  // Template syntax of other frameworks and of JavaScript itself.
  { name: 'js-template', value: `\${${set('js-template')}}` },
  { name: 'angular', value: `{{constructor.constructor("${set('angular')}")()}}` },
  { name: 'erb', value: `<%= ${set('erb')} %>` },
  { name: 'placeholders', value: '{title} {count} {{name}} #{id} [[${7*7}]]' },

  // Names the JavaScript object model gives meaning to.
  { name: 'proto-word', value: '__proto__' },
  { name: 'constructor-word', value: 'constructor' },
  { name: 'to-string-word', value: 'toString' },

  // Sizes.
  { name: 'long-word', value: 'Donaudampfschifffahrtsgesellschaft'.repeat(300) },
  { name: 'long-html', value: `${'<b>'.repeat(2000)}<img src=x onerror="${set('long-html')}">`, live: 'html' },
];
