/**
 * Sections of a Markdown file by heading, so docs pages in Storybook show parts of the docs/ pages
 * themselves instead of copies that drift.
 */

/** The section under `heading` (the heading line included), up to the next heading of the same or a higher level. */
export function markdownSection(markdown: string, heading: string): string {
  const lines = markdown.split('\n');
  let start = -1;
  let level = 0;
  let inFence = false;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    if (line.startsWith('```')) inFence = !inFence;
    if (inFence) continue;
    const match = /^(#{1,6})\s+(.*?)\s*$/.exec(line);
    if (!match) continue;
    if (start === -1) {
      if (match[2] === heading) {
        start = i;
        level = match[1].length;
      }
    } else if (match[1].length <= level) {
      return lines.slice(start, i).join('\n').trim();
    }
  }
  if (start === -1) throw new Error(`No section "${heading}" in the Markdown text`);
  return lines.slice(start).join('\n').trim();
}

/** The text of the first fenced code block in `markdown` whose language is `language`. */
export function firstCodeBlock(markdown: string, language: string): string {
  const match = new RegExp('^```' + language + '\\n([\\s\\S]*?)^```', 'm').exec(markdown);
  if (!match) throw new Error(`No ${language} code block in the Markdown text`);
  return match[1];
}
