/**
 * Args whose names end in "background" or "color" get a colour picker. The elements' CSS custom
 * properties (`--journey-stage-background`, args of their own from custom-elements.json) do not:
 * they have no value until a designer types one, and Storybook warned "Control of type color only
 * supports string, received void" on every map story.
 */
export const COLOR_ARGS = /^(?!--).*(background|color)$/i;
