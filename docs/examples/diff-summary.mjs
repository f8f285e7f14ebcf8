// Prints what changed between the current and the future phone-system maps, in en, ru or ro:
//   node docs/examples/diff-summary.mjs [en|ru|ro]
// With your own maps kept in git: read the two JSON versions (for example `git show HEAD~1:map.json`)
// and pass them to validateJourney instead of the samples.
import { journeyDiffSummary, validateJourney } from 'journey-elements';
import { phoneSystemFutureJourney, phoneSystemJourney } from 'journey-elements/samples.js';
// validateJourney's messages in Russian and Romanian too (the elements load these themselves).
import 'journey-elements/locales/ru.js';
import 'journey-elements/locales/ro.js';

const locale = process.argv[2] ?? 'en';
const before = validateJourney(phoneSystemJourney, { locale });
const after = validateJourney(phoneSystemFutureJourney, { locale });
if (!before.ok || !after.ok) {
  for (const problem of [...before.errors, ...after.errors]) console.error(`${problem.path} ${problem.message}`);
  process.exit(1);
}
for (const line of journeyDiffSummary(before.journey, after.journey, { locale })) console.log(`- ${line}`);
