import { html, t } from '../i18n/translate.ts';
import type { Locale } from '../model/records.ts';
import type { UnitWithoutGroup } from './activate-plan.ts';

/** Enough names to act on in one message; /moi lists them all. */
const NAMED_UNITS = 5;

/**
 * The paragraph under "plan activated" naming the units whose task cards have no group to go to,
 * and how a unit group connects (/moi, then /ketnoi in the group). Empty when every unit has one.
 */
export function describeUnitsWithoutGroup(locale: Locale, units: readonly UnitWithoutGroup[]): string {
  const first = units[0];
  if (!first) return '';
  const names = units.slice(0, NAMED_UNITS).map((u) => u.unitShortName ?? u.unitName);
  const rest = units.length - names.length;
  // t() escapes string parameters: the joined names go in as text, the capped list as its HTML
  const list = rest > 0 ? html(t(locale, 'plan_chat.more_units', { names: names.join(', '), count: rest })) : names.join(', ');
  return t(locale, 'plan_chat.units_without_group', { count: units.length, units: list, example: first.unitCode });
}
