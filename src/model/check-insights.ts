/** Checks of a column's `insights`: the research behind a step (quotes, observations, data). */
import { pointer } from './problems.js';
import { checkEnum, checkNumber, checkString, eachObject, type CheckContext, type Rec } from './check-fields.js';
import { isIsoDateTime } from './check-sections.js';
import { safeUrl } from './url.js';

export const INSIGHT_KINDS = ['quote', 'observation', 'data'] as const;
export const OPPORTUNITY_STATUSES = ['idea', 'planned', 'in-progress', 'done'] as const;

/** A bad date or link loses only itself (a warning); the insight is still shown. */
export function checkInsights(ctx: CheckContext, obj: Rec, path: string): void {
  eachObject(ctx, obj, 'insights', path, (item, itemPath) => {
    checkEnum(ctx, item, 'kind', itemPath, INSIGHT_KINDS);
    if (item.kind === undefined) checkString(ctx, item, 'kind', itemPath, true);
    checkString(ctx, item, 'text', itemPath, true);
    checkString(ctx, item, 'source', itemPath);
    const at = checkString(ctx, item, 'at', itemPath);
    if (at !== undefined && !isIsoDateTime(at)) {
      ctx.problems.warning('invalid-date', pointer(itemPath, 'at'), { value: at.slice(0, 80) });
      delete item.at;
    }
    checkNumber(ctx, item, 'n', itemPath);
    const url = checkString(ctx, item, 'url', itemPath);
    if (url !== undefined && safeUrl(url, 'link') === undefined) {
      ctx.problems.warning('unsafe-url', pointer(itemPath, 'url'), { value: url.slice(0, 80) });
      delete item.url;
    }
  });
}
