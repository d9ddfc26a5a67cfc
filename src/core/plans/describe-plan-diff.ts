import { formatDateVi } from '../time/zone.ts';
import type { PlanTaskDiff, TaskChange } from './diff-plan-tasks.ts';

/** What importing a plan would do to the plan already stored, before it is done. */
export interface PlanImportPreview {
  planNumber: string;
  isNewPlan: boolean;
  diff: PlanTaskDiff;
  /** unit code → name, for the units a changed task names before or after (the code when missing) */
  unitNames?: Record<string, string>;
  /** numbers of the other plans being followed (active), beside which this one would be tracked */
  otherActivePlans?: string[];
  /** the plan's task codes that open tasks of another active plan already have: such a file is refused */
  codeClashes?: { code: string; plan: string }[];
  /** changed tasks whose deadline, decided by the committee after import (/doihan, an extension), the file moves */
  decidedDeadlines?: string[];
  /** units of the file (its Đơn vị sheet) the committee does not have yet: importing adds them */
  newUnits?: { code: string; name: string }[];
}

const FIELD_VI: Record<TaskChange['changed'][number], string> = {
  title: 'tên nhiệm vụ',
  body: 'nội dung chi tiết',
  sourceClause: 'trích dẫn văn bản',
  section: 'mục',
  phaseCode: 'giai đoạn',
  startAt: 'ngày bắt đầu',
  dueAt: 'hạn',
  deadlineText: 'thời hạn (nguyên văn)',
  recurrenceJson: 'định kỳ',
  roles: 'đơn vị chủ trì/phối hợp',
  restored: 'khôi phục từ lưu trữ',
};

const FIELD_EN: Record<TaskChange['changed'][number], string> = {
  title: 'title',
  body: 'details',
  sourceClause: 'source clause',
  section: 'section',
  phaseCode: 'phase',
  startAt: 'start',
  dueAt: 'deadline',
  deadlineText: 'deadline as written',
  recurrenceJson: 'recurrence',
  roles: 'lead/support units',
  restored: 'restored from archive',
};

/** A changed lead or support as old → new units ("chủ trì Trường THPT Đông Khê → Tổ Văn phòng"). */
function rolesChange(change: TaskChange, names: Record<string, string>, english: boolean): string {
  const named = (roles: TaskChange['roles'], role: 'lead' | 'support') =>
    roles
      .filter((r) => r.role === role)
      .map((r) => names[r.unitCode] ?? r.unitCode)
      .join(', ') || '—';
  const parts: string[] = [];
  for (const role of ['lead', 'support'] as const) {
    const [from, to] = [named(change.oldRoles, role), named(change.roles, role)];
    if (from === to) continue;
    const label = english ? (role === 'lead' ? 'lead' : 'supporting') : role === 'lead' ? 'chủ trì' : 'phối hợp';
    parts.push(`${label} ${from} → ${to}`);
  }
  return parts.length > 0 ? parts.join('; ') : (english ? FIELD_EN : FIELD_VI).roles;
}

/** Does any bucket of the difference hold more tasks than `maxListed` (so a chat shows it cut)? */
export function isPlanDiffLong(diff: PlanTaskDiff, maxListed: number): boolean {
  return Math.max(diff.create.length, diff.update.length, diff.archive.length) > maxListed;
}

/**
 * The difference from the stored plan as lines to show before importing: new tasks, changed tasks
 * with the fields that change (a moved deadline with its dates), archived tasks. With `maxListed`
 * each bucket names at most that many tasks, then "và N nhiệm vụ khác", so the summary stays one
 * message however large the file (the CLI lists everything).
 */
export function describePlanDiff(preview: PlanImportPreview, english = false, maxListed = Number.POSITIVE_INFINITY): string[] {
  const { diff, planNumber } = preview;
  const more = (count: number) => (english ? `and ${count} more task(s)` : `và ${count} nhiệm vụ khác`);
  const codes = (list: { code: string }[]) => {
    const named = list.slice(0, maxListed).map((t) => t.code);
    return list.length > maxListed ? `${named.join(', ')} ${more(list.length - maxListed)}` : named.join(', ');
  };
  if (preview.isNewPlan) {
    return [
      english
        ? `Plan ${planNumber} is not in the database yet: ${diff.create.length} new task(s).`
        : `Kế hoạch ${planNumber} chưa có trong cơ sở dữ liệu: ${diff.create.length} nhiệm vụ mới.`,
    ];
  }
  const lines = [english ? `Changes from plan ${planNumber} in the database:` : `Thay đổi so với kế hoạch ${planNumber} đang có trong cơ sở dữ liệu:`];
  if (diff.create.length > 0) lines.push(`  + ${english ? 'New' : 'Mới'} (${diff.create.length}): ${codes(diff.create)}`);
  const units = preview.newUnits ?? [];
  if (units.length > 0) {
    const named = units.slice(0, maxListed).map((unit) => `${unit.name} (${unit.code})`);
    const rest = units.length - named.length;
    const others = rest > 0 ? (english ? ` and ${rest} more` : ` và ${rest} đơn vị khác`) : '';
    lines.push(`  + ${english ? 'New units' : 'Đơn vị mới'} (${units.length}): ${named.join(', ')}${others}`);
  }
  if (diff.update.length > 0) {
    lines.push(`  ~ ${english ? 'Changed' : 'Thay đổi'} (${diff.update.length}):`);
    for (const change of diff.update.slice(0, maxListed)) {
      const fields = change.changed.map((field) => {
        const name = (english ? FIELD_EN : FIELD_VI)[field];
        if (field === 'roles') return rolesChange(change, preview.unitNames ?? {}, english);
        if (field !== 'dueAt') return name;
        const from = change.oldDueAt ? formatDateVi(change.oldDueAt) : '—';
        const to = change.fields.dueAt ? formatDateVi(change.fields.dueAt) : '—';
        return `${name} ${from} → ${to}`;
      });
      lines.push(`      ${change.code}: ${fields.join('; ')}`);
    }
    if (diff.update.length > maxListed) lines.push(`      … ${more(diff.update.length - maxListed)}`);
  }
  if (diff.archive.length > 0) lines.push(`  − ${english ? 'Archived (not deleted)' : 'Lưu trữ (không xóa)'} (${diff.archive.length}): ${codes(diff.archive)}`);
  lines.push(`  = ${english ? 'Unchanged' : 'Giữ nguyên'}: ${diff.unchanged}`);
  return lines;
}
