import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/model/url.js';

describe('model/safeUrl', () => {
  const safe: Array<[string, 'link' | 'image', string]> = [
    ['https://example.com/a?b=1#c', 'link', 'https://example.com/a?b=1#c'],
    ['http://example.com', 'link', 'http://example.com/'],
    ['HTTPS://EXAMPLE.COM/Path', 'link', 'https://example.com/Path'],
    ['  https://example.com/trimmed  ', 'link', 'https://example.com/trimmed'],
    ['mailto:team@example.com', 'link', 'mailto:team@example.com'],
    ['/docs/journey', 'link', '/docs/journey'],
    ['docs/journey.html', 'link', 'docs/journey.html'],
    ['#step-3', 'link', '#step-3'],
    ['?persona=ops', 'link', '?persona=ops'],
    ['//cdn.example.com/x.png', 'image', '//cdn.example.com/x.png'],
    ['https://example.com/olga.png', 'image', 'https://example.com/olga.png'],
    ['http://example.com/olga.jpg', 'image', 'http://example.com/olga.jpg'],
    ['images/olga.webp', 'image', 'images/olga.webp'],
    ['data:image/png;base64,iVBORw0KGgo=', 'image', 'data:image/png;base64,iVBORw0KGgo='],
    ['data:image/jpeg;base64,/9j/4AAQ', 'image', 'data:image/jpeg;base64,/9j/4AAQ'],
    ['data:image/gif,GIF89a', 'image', 'data:image/gif,GIF89a'],
    ['data:image/webp;base64,UklGR', 'image', 'data:image/webp;base64,UklGR'],
    ['DATA:IMAGE/PNG;base64,iVBOR', 'image', 'data:IMAGE/PNG;base64,iVBOR'],
  ];

  for (const [value, kind, expected] of safe) {
    it(`allows ${JSON.stringify(value)} as ${kind}`, () => {
      expect(safeUrl(value, kind)).to.equal(expected);
    });
  }

  const unsafe: Array<[unknown, 'link' | 'image']> = [
    ['javascript:alert(1)', 'link'],
    ['JaVaScRiPt:alert(1)', 'link'],
    [' javascript:alert(1)', 'link'],
    ['\tjavascript:alert(1)', 'link'],
    ['\u0000javascript:alert(1)', 'link'],
    ['\u0001\u001fjavascript:alert(1)', 'image'],
    ['java\tscript:alert(1)', 'link'],
    ['java\nscript:alert(1)', 'link'],
    ['java\rscript:alert(1)', 'image'],
    ['javascript\t:alert(1)', 'link'],
    ['javascript://example.com/%0Aalert(1)', 'link'],
    ['jav&#x61;script:alert(1)', 'link'],
    ['jav&#97;script:alert(1)', 'image'],
    ['javascript&colon;alert(1)', 'link'],
    ['javascript&#58;alert(1)', 'link'],
    ['&#106;avascript:alert(1)', 'link'],
    ['vbscript:msgbox(1)', 'link'],
    ['VBScript:msgbox(1)', 'image'],
    ['data:text/html,<script>alert(1)</script>', 'link'],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'image'],
    ['DATA:text/html,x', 'image'],
    ['data:image/svg+xml,<svg onload="alert(1)"/>', 'image'],
    ['data:image/pngx;base64,AAAA', 'image'],
    ['data:image/png;base64,iVBOR', 'link'],
    ['mailto:team@example.com', 'image'],
    ['file:///etc/passwd', 'link'],
    ['blob:https://example.com/0f1e', 'image'],
    ['ftp://example.com/file', 'link'],
    ['about:blank', 'link'],
    ['tel:+37312345678', 'link'],
    ['/path\u0000with-nul', 'link'],
    ['', 'link'],
    ['   ', 'image'],
    [42, 'link'],
    [null, 'image'],
    [{ toString: () => 'https://example.com' }, 'link'],
    [undefined, 'link'],
  ];

  for (const [value, kind] of unsafe) {
    it(`refuses ${JSON.stringify(value) ?? String(value)} as ${kind}`, () => {
      expect(safeUrl(value, kind)).to.equal(undefined);
    });
  }

  it('covers at least 20 hostile forms', () => {
    expect(unsafe.length).to.be.at.least(20);
  });
});
