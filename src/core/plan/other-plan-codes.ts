import { foldVietnamese } from '../text/fold.ts';
import type { PlanFile } from './plan-schema.ts';

/**
 * Two documents are the same plan when their số/ký hiệu is the same ("45/KH-BCĐ"), read without
 * diacritics, case or spaces: that is how an import finds the stored plan it updates. Another number
 * (another issuer's programme, next year's plan) is another plan, tracked beside the current one. A
 * document whose number was not read is the same plan as none.
 */
export function isSamePlanNumber(a: string, b: string): boolean {
  const key = (number: string) => foldVietnamese(number).toUpperCase().replace(/\s+/g, '');
  return key(a) !== '' && key(a) === key(b);
}

/**
 * A task code answers to one task only: units report by code ("GD1-01 đang làm 10%") and /chitiet finds
 * by code across every active plan. So a drafted plan none of whose codes may be another active plan's
 * gets, when any of them is, one prefix on all of its codes taken from its number ("12/KH-UBND" →
 * "KH12-NV01"), with a letter added while even that is taken. `taken`: the other plans' codes.
 */
export function keepCodesApartFromOtherPlans(file: PlanFile, taken: ReadonlySet<string>): { file: PlanFile; prefix: string | null } {
  const upper = new Set([...taken].map((code) => code.toUpperCase()));
  const clashes = (prefix: string) => file.tasks.some((task) => upper.has(`${prefix}${task.code}`.toUpperCase()));
  if (!clashes('')) return { file, prefix: null };
  const base = `KH${/\d+/.exec(file.plan)?.[0] ?? ''}`;
  let prefix = `${base}-`;
  for (let letter = 0; clashes(prefix); letter++) prefix = `${base}${String.fromCharCode(65 + (letter % 26))}${letter >= 26 ? letter : ''}-`;
  return { file: { ...file, tasks: file.tasks.map((task) => ({ ...task, code: `${prefix}${task.code}` })) }, prefix };
}
