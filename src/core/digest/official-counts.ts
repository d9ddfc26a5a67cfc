/**
 * The buckets of upward reports: tổng số; hoàn thành đúng hạn / quá hạn / không có hạn; chưa hoàn thành
 * trong hạn / quá hạn / không có hạn. A task with no deadline is never "trong hạn": it is counted apart,
 * done or not, in every view (deriveTaskState gives the bucket; this file only counts it).
 *
 * Counting rules, defined once: plan-level figures count tasks (each task once, in its bucket from
 * deriveTaskState). Per-unit figures count the unit's parts, lead (chủ trì) and support (phối hợp)
 * apart: a task with one lead and three supporting units adds one to the lead's "chủ trì" row and one
 * to each supporting unit's "phối hợp" row, so the unit rows add up to more than the task total.
 */
import type { Role } from '../model/records.ts';
import { isDoneBucket } from '../status/derive-task-state.ts';
import type { DigestTask, DigestUnit, Locale } from './types.ts';
import { closedByLeadCountNote, roleText } from './wording.ts';

export interface OfficialCounts {
  total: number;
  doneOnTime: number;
  doneLate: number;
  /** done with no deadline: neither on time nor late (doneVerdict), a line of its own wherever counts are shown */
  doneNoDeadline: number;
  openOnTime: number;
  openOverdue: number;
  /** open with no deadline: neither on time nor overdue, a line of its own like doneNoDeadline */
  openNoDeadline: number;
}

export interface UnitRoleCounts {
  unit: DigestUnit;
  lead: OfficialCounts;
  support: OfficialCounts;
  /** of the support parts done, those closed by the lead's confirmed "done" that the unit never reported done (closedByLeadCountNote) */
  supportClosedByLead: number;
}

export const emptyCounts = (): OfficialCounts => ({
  total: 0,
  doneOnTime: 0,
  doneLate: 0,
  openOnTime: 0,
  openOverdue: 0,
  doneNoDeadline: 0,
  openNoDeadline: 0,
});

export function countOfficial(rows: readonly DigestTask[]): OfficialCounts {
  const counts = emptyCounts();
  for (const row of rows) {
    counts.total++;
    counts[row.official]++;
  }
  return counts;
}

/** Per unit (in the order given), its parts counted by role. `parts` holds one row per (task, unit). */
export function countByUnitAndRole(parts: readonly DigestTask[], units: readonly DigestUnit[]): UnitRoleCounts[] {
  return units.map((unit) => {
    const own = (role: Role) => parts.filter((p) => p.unitCode === unit.code && p.role === role);
    const support = own('support');
    const supportClosedByLead = support.filter((p) => p.closedByLead && isDoneBucket(p.listBucket)).length;
    return { unit, lead: countOfficial(own('lead')), support: countOfficial(support), supportClosedByLead };
  });
}

/** Everything finished, whatever its verdict. */
export function doneCount(c: OfficialCounts): number {
  return c.doneOnTime + c.doneLate + c.doneNoDeadline;
}

/**
 * "Công an Phường 5 — phối hợp: phần việc đã hoàn thành 1 (1 theo báo cáo của đơn vị chủ trì, đơn vị không báo
 * hoàn thành)": a unit's support parts done, those closed by the lead's confirmed "done" named as the unit
 * digest names them (the steering digest under its unit table, .docx under the unit table, .xlsx's per-unit sheet).
 */
export function supportDoneText({ unit, support, supportClosedByLead }: UnitRoleCounts, locale: Locale = 'vi'): string {
  const parts = locale === 'en' ? 'parts done' : 'phần việc đã hoàn thành';
  return `${unit.shortName ?? unit.name} — ${roleText('support', locale)}: ${parts} ${doneCount(support)}${closedByLeadCountNote(supportClosedByLead, locale)}`;
}

/** Everything not finished, with or without a deadline. */
export function openCount(c: OfficialCounts): number {
  return c.openOnTime + c.openOverdue + c.openNoDeadline;
}

export type CountKey = keyof OfficialCounts;

export const OFFICIAL_LABEL_VI: Record<CountKey, string> = {
  total: 'Tổng số',
  doneOnTime: 'Hoàn thành đúng hạn',
  doneLate: 'Hoàn thành quá hạn',
  doneNoDeadline: 'Hoàn thành (không có hạn)',
  openOnTime: 'Chưa hoàn thành, trong hạn',
  openOverdue: 'Chưa hoàn thành, quá hạn',
  openNoDeadline: 'Chưa hoàn thành (không có hạn)',
};

export const OFFICIAL_LABEL_EN: Record<CountKey, string> = {
  total: 'Total',
  doneOnTime: 'Done on time',
  doneLate: 'Done late',
  doneNoDeadline: 'Done (no deadline)',
  openOnTime: 'Not done, on time',
  openOverdue: 'Not done, overdue',
  openNoDeadline: 'Not done (no deadline)',
};
