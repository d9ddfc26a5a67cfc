import { foldVietnamese } from '../core/text/fold.ts';
import type { Stores } from '../db/stores.ts';

/** "45/KH-BCĐ", "45/KH-BCD" or just "45": the plan's stored number, or null when none or several match. */
export async function resolvePlanNumber(stores: Pick<Stores, 'tasks'>, typed: string): Promise<string | null> {
  const exact = await stores.tasks.getPlanByNumber(typed);
  if (exact) return exact.number;
  const want = foldVietnamese(typed).replace(/\s+/g, '');
  const plans = await stores.tasks.getActivePlans();
  const matches = plans.filter((p) => {
    const folded = foldVietnamese(p.number).replace(/\s+/g, '');
    return folded === want || folded.startsWith(`${want}/`);
  });
  return matches.length === 1 ? matches[0]!.number : null;
}
