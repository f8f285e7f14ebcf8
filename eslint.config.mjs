import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'node_modules/', 'custom-elements.json', 'bench-results/', 'bench/dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Lit directives declare render() parameters they do not read, for typing; mark such with `_`.
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }] },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wcConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      // Text from journey documents is only ever rendered as text (docs/security.md).
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'Render data as text.' },
                  { name: 'lit/directives/unsafe-svg.js', message: 'Render data as text.' }] },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render data as text.' },
        { property: 'outerHTML', message: 'Render data as text.' },
        { property: 'insertAdjacentHTML', message: 'Render data as text.' },
        { property: 'html', object: 'selection', message: 'No d3 .html(): render data as text.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='html'][callee.object.type!='Identifier']", message: 'No d3 .html(): render data as text.' },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: { '@typescript-eslint/no-unused-expressions': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
