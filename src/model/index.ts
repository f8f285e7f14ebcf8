/**
 * The public model API: validate and normalize journey documents, check URLs.
 * schema.json is deliberately not re-exported: only tools that need it import it, keeping bundles small.
 */
export * from './types.js';
export { validateJourney } from './validate.js';
export { normalizeJourney, defaultLanes } from './normalize.js';
export { safeUrl, type UrlKind } from './url.js';
export { parseJsonText, type JsonTextResult } from './json-text.js';
export { problemMessage, type ProblemCode } from '../i18n/messages.js';
export { PROBLEM_CODES } from '../i18n/import-messages.js';
export { lintJourney, lintValidated, LINT_WEIGHTS, SEVERE_PAIN } from './lint.js';
export type { LintCode, LintOptions, LintResult, LintRuleCount, LintWarning } from './lint.js';
export { LINT_CODES, lintMessage } from '../i18n/lint-messages.js';
