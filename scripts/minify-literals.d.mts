/** Types for minify-literals.mjs, imported by test/build/minify-literals.test.ts. */
export function minifyCss(text: string, keepStart?: boolean, keepEnd?: boolean): string;
export function minifyMarkup(text: string): string;
