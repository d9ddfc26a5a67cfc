import { t } from '../i18n/translate.ts';
import type { Locale } from '../model/records.ts';
import type { Plan } from '../plan/plan-model.ts';
import type { StoredPlan } from '../plans/stored-plan-to-file.ts';

const LISTED = 8;

const list = (codes: readonly string[]) => codes.slice(0, LISTED).join(', ') + (codes.length > LISTED ? ` (+${codes.length - LISTED})` : '');

/**
 * Criteria and unit groups of the plan being followed that the file leaves out: Kích hoạt archives the
 * criteria (their measurements with them, out of every report) and drops the groups (/giao no longer
 * knows them). The task difference does not show them, so they are said loudly before the buttons.
 */
export function removedSettingsWarning(stored: StoredPlan | null, plan: Plan, locale: Locale): string {
  if (!stored) return '';
  const criteria = stored.criteria.map((c) => c.code).filter((code) => !plan.criteria.some((c) => c.code === code));
  const groups = (stored.config?.groups ?? []).map((g) => g.code).filter((code) => !plan.config.groups.some((g) => g.code === code));
  return (
    (criteria.length > 0 ? t(locale, 'plan_chat.criteria_removed', { count: criteria.length, list: list(criteria) }) : '') +
    (groups.length > 0 ? t(locale, 'plan_chat.groups_removed', { count: groups.length, list: list(groups) }) : '')
  );
}
