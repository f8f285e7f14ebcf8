import { expect } from '@open-wc/testing';
import { clampLines, textDirection, wrapText } from '../../src/layout/text-wrap.js';

describe('layout/text-wrap', () => {
  it('breaks at spaces within the budget', () => {
    expect(wrapText('Calls get missed at lunch', 10)).to.deep.equal(['Calls get', 'missed at', 'lunch']);
  });

  it('keeps line feeds and cuts words longer than a line', () => {
    expect(wrapText('ab\nabcdefghij xy', 4)).to.deep.equal(['ab', 'abcd', 'efgh', 'ij', 'xy']);
    expect(wrapText('go abcdefghij', 4)).to.deep.equal(['go', 'abcd', 'efgh', 'ij']);
  });

  it('gives no lines for empty text and keeps empty lines between paragraphs', () => {
    expect(wrapText('', 10)).to.deep.equal([]);
    expect(wrapText('a\n\nb', 10)).to.deep.equal(['a', '', 'b']);
  });

  it('treats CR LF and CR as line breaks and survives a budget that is not a number', () => {
    expect(wrapText('a\r\nb\rc', 10)).to.deep.equal(['a', 'b', 'c']);
    expect(wrapText('abc', Number.NaN)).to.deep.equal(['a', 'b', 'c']);
    expect(wrapText('abc', 0)).to.deep.equal(['a', 'b', 'c']);
  });

  it('never cuts a long word inside an emoji or other astral character', () => {
    const word = `a${'😀'.repeat(40)}`;
    const lines = wrapText(word, 28);
    expect(lines.join('')).to.equal(word);
    for (const line of lines) expect(line, line).to.not.match(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    expect(lines.map((line) => Array.from(line).length)).to.deep.equal([28, 13]);
  });

  it('wraps by a measured width when given a measure, cutting a word that is too wide on its own', () => {
    // "w" is twice as wide as other letters, as in a real font.
    const measure = (text: string) => Array.from(text).reduce((width, char) => width + (char === 'w' ? 2 : 1), 0);
    expect(wrapText('ww ab cd', 7, measure)).to.deep.equal(['ww ab', 'cd']);
    expect(wrapText('wwwww', 4, measure)).to.deep.equal(['ww', 'ww', 'w']);
    expect(wrapText('ab cd', 5, measure)).to.deep.equal(['ab cd']);
  });

  it('clamps to two lines, the second cut to fit with an ellipsis, as a CSS line clamp shows it', () => {
    const measure = (text: string) => Array.from(text).reduce((width, char) => width + (char === 'w' ? 2 : 1), 0);
    expect(clampLines('ab cd', 5, measure)).to.deep.equal({ lines: ['ab cd'], cut: false });
    expect(clampLines('ab cd ef', 5, measure)).to.deep.equal({ lines: ['ab cd', 'ef'], cut: false });
    // Three lines' worth: the second keeps what fits with the ellipsis (5 wide), never wider.
    expect(clampLines('ab cd efgh ij', 5, measure)).to.deep.equal({ lines: ['ab cd', 'efgh…'], cut: true });
    expect(clampLines('ab cd wwww ij', 5, measure)).to.deep.equal({ lines: ['ab cd', 'ww…'], cut: true });
    expect(clampLines('', 5, measure)).to.deep.equal({ lines: [], cut: false });
  });

  it('takes the direction of a text from its first letter', () => {
    expect(textDirection('שלום world')).to.equal('rtl');
    expect(textDirection('123 مرحبا')).to.equal('rtl');
    expect(textDirection('Hello שלום')).to.equal('ltr');
    expect(textDirection('Привет, ţară')).to.equal('ltr');
    expect(textDirection('42 !')).to.equal('ltr');
    expect(textDirection('')).to.equal('ltr');
  });
});
