import { foldVietnamese } from '../text/fold.ts';
import { isDraftedGroupCode } from './drafted-group-code.ts';
import { dueInstant, startInstant } from '../time/local-date.ts';
import { parseLocalDateTime } from '../time/parse-local-date-time.ts';
import type { PlanPath, PlanProblem } from './plan-model.ts';
import type { PlanFile, PlanFileTask } from './plan-schema.ts';

/** How far (days) a task may start before or end after its phase before we warn. */
export const PHASE_SLACK_DAYS = 31;
const DAY_MS = 86_400_000;
const MAX_DAY_OF_PERIOD = { weekly: 7, monthly: 31, quarterly: 92, half_yearly: 184, yearly: 366 } as const;

/**
 * Checks that span fields of a schema-valid plan file: codes unique, units and phases referenced
 * exist, one lead not repeated as support, dates in order. Pure: returns problems, throws nothing.
 */
export function checkPlanReferences(file: PlanFile): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const error = (path: PlanPath, message: string, messageEn: string) => problems.push({ severity: 'error', path, message, messageEn });
  const warn = (path: PlanPath, message: string, messageEn: string) => problems.push({ severity: 'warning', path, message, messageEn });

  const unitCodes = uniqueCodes(file.units, 'units', 'đơn vị', 'unit', error);
  const groups = file.config?.groups ?? [];
  const groupCodes = uniqueCodes(groups, ['config', 'groups'], 'nhóm đơn vị', 'unit group', error);
  groups.forEach((group, i) => {
    if (unitCodes.has(group.code))
      error(
        ['config', 'groups', i, 'code'],
        `mã nhóm "${group.code}" trùng với mã một đơn vị. Hãy đặt mã khác.`,
        `group code "${group.code}" is also a unit code. Choose another code.`,
      );
    if (group.members.length === 0) {
      // named as the workbook names it (sheet “Nhóm đơn vị”, column “Thành viên”), never the field name
      const vi = 'nhóm chưa có đơn vị thành viên. Hãy ghi mã các đơn vị thuộc nhóm vào cột “Thành viên” (trang “Nhóm đơn vị”).';
      const en = 'the group has no member units. Write the unit codes in the “Thành viên” (Members) column of the “Nhóm đơn vị” sheet.';
      // A drafted group waits for the secretariat; a hand-written empty group is a mistake.
      (group.review ? warn : error)(['config', 'groups', i, 'members'], vi, en);
    }
    group.members.forEach((member, j) => {
      if (!unitCodes.has(member)) error(['config', 'groups', i, 'members', j], unknownUnitVi(member), unknownUnitEn(member));
    });
  });
  file.units.forEach((unit, i) => {
    if (unit.parent !== undefined && !unitCodes.has(unit.parent))
      error(
        ['units', i, 'parent'],
        `đơn vị cấp trên "${unit.parent}" không có trong danh sách units. Hãy sửa mã hoặc bỏ trường parent.`,
        `parent unit "${unit.parent}" is not in units. Fix the code or remove parent.`,
      );
  });
  checkAliasClashes(file, warn);

  const phaseCodes = uniqueCodes(file.phases ?? [], 'phases', 'giai đoạn', 'phase', error);
  (file.phases ?? []).forEach((phase, i) => {
    checkOrder(['phases', i], phase.start, phase.end, 'start', 'end', error);
    (phase.sub_periods ?? []).forEach((sub, j) => {
      const path = ['phases', i, 'sub_periods', j];
      checkOrder(path, sub.start, sub.end, 'start', 'end', error);
      if (instant(sub.start, 'start') < instant(phase.start, 'start') || instant(sub.end, 'due') > instant(phase.end, 'due'))
        warn(
          path,
          `thời kỳ "${sub.code}" nằm ngoài giai đoạn "${phase.code}". Hãy kiểm tra lại ngày.`,
          `period "${sub.code}" lies outside phase "${phase.code}". Check the dates.`,
        );
    });
  });

  uniqueCodes(file.tasks, 'tasks', 'nhiệm vụ', 'task', error);
  file.tasks.forEach((task, i) => {
    checkTask(task, i, { unitCodes, groupCodes, phaseCodes }, file, error, warn);
  });
  uniqueCodes(file.criteria ?? [], 'criteria', 'tiêu chí', 'criterion', error);
  (file.criteria ?? []).forEach((criterion, i) => {
    if (criterion.unit !== undefined && !unitCodes.has(criterion.unit))
      error(['criteria', i, 'unit'], unknownUnitVi(criterion.unit), unknownUnitEn(criterion.unit));
  });
  return problems;
}

type Report = (path: PlanPath, message: string, messageEn: string) => void;

interface Known {
  unitCodes: Set<string>;
  groupCodes: Set<string>;
  phaseCodes: Set<string>;
}

function checkTask(task: PlanFileTask, i: number, known: Known, file: PlanFile, error: Report, warn: Report): void {
  const at = (...rest: Array<string | number>): PlanPath => ['tasks', i, ...rest];
  if (known.groupCodes.has(task.lead)) {
    error(
      at('lead'),
      `chủ trì phải là đúng một đơn vị, "${task.lead}" là một nhóm. Hãy chọn một đơn vị chủ trì và đưa nhóm vào support.`,
      `the lead must be exactly one unit; "${task.lead}" is a group. Pick one lead unit and put the group in support.`,
    );
  } else if (!known.unitCodes.has(task.lead)) {
    error(at('lead'), unknownUnitVi(task.lead), unknownUnitEn(task.lead));
  } else if (isDraftedGroupCode(task.lead)) {
    // the drafter's stand-in for "các đơn vị có liên quan": nobody would get the task, so it cannot be imported
    const name = file.units.find((unit) => unit.code === task.lead)?.name ?? task.lead;
    error(
      at('lead'),
      `chủ trì "${task.lead}" (${name}) là nhóm nhiều đơn vị do bot tạm đặt khi đọc văn bản, chưa phải một đơn vị cụ thể. Hãy ghi mã một đơn vị chủ trì (có ở sheet Đơn vị) và đưa các đơn vị còn lại vào cột Phối hợp.`,
      `lead "${task.lead}" (${name}) is a placeholder the bot drafted for several units, not one unit. Write one lead unit's code (from the units sheet) and put the others in support.`,
    );
  }
  const seen = new Set<string>();
  (task.support ?? []).forEach((code, j) => {
    if (code === task.lead) {
      error(
        at('support', j),
        `đơn vị "${code}" đã là đơn vị chủ trì (lead), không thể đồng thời là đơn vị phối hợp. Hãy xóa "${code}" khỏi support.`,
        `unit "${code}" is the lead and cannot also be a support unit. Remove "${code}" from support.`,
      );
    } else if (!known.unitCodes.has(code) && !known.groupCodes.has(code)) {
      error(at('support', j), unknownUnitVi(code), unknownUnitEn(code));
    } else if (seen.has(code)) {
      warn(
        at('support', j),
        `đơn vị "${code}" được ghi hai lần trong support. Hãy xóa bản trùng.`,
        `unit "${code}" is listed twice in support. Remove the duplicate.`,
      );
    }
    seen.add(code);
  });
  if (task.phase !== undefined && !known.phaseCodes.has(task.phase)) {
    error(
      at('phase'),
      `giai đoạn "${task.phase}" không có trong danh sách phases. Hãy thêm giai đoạn này vào mục phases hoặc sửa mã.`,
      `phase "${task.phase}" is not in phases. Add it under phases or fix the code.`,
    );
  }
  if (task.deadline !== undefined && task.recurrence !== undefined) {
    error(
      at('recurrence'),
      'nhiệm vụ chỉ được có một trong hai: deadline (một hạn) hoặc recurrence (định kỳ). Hãy bỏ một trường.',
      'a task has either deadline (one due date) or recurrence (periodic), not both. Remove one.',
    );
  }
  if (task.start !== undefined && task.deadline !== undefined && instant(task.deadline, 'due') < instant(task.start, 'start')) {
    error(
      at('deadline'),
      `hạn hoàn thành ${show(task.deadline)} sớm hơn ngày bắt đầu ${show(task.start)}. Hãy sửa deadline hoặc start.`,
      `deadline ${task.deadline} is before start ${task.start}. Fix deadline or start.`,
    );
  }
  const recurrence = task.recurrence;
  if (recurrence) {
    // after_period: a day of the first month after a month, quarter or half-year (a yearly day still counts the year)
    const inMonthAfter = recurrence.after_period === true && recurrence.frequency !== 'weekly' && recurrence.frequency !== 'yearly';
    const max = inMonthAfter ? 31 : MAX_DAY_OF_PERIOD[recurrence.frequency];
    const where = inMonthAfter ? 'tháng đầu sau kỳ' : `kỳ ${recurrence.frequency}`;
    if (recurrence.day_of_period !== undefined && recurrence.day_of_period > max)
      error(
        at('recurrence', 'day_of_period'),
        `day_of_period = ${recurrence.day_of_period} vượt quá số ngày của ${where} (tối đa ${max}). Hãy sửa lại.`,
        `day_of_period ${recurrence.day_of_period} exceeds the ${inMonthAfter ? 'month after the period' : `${recurrence.frequency} period`} (at most ${max}).`,
      );
    if (recurrence.from !== undefined && recurrence.until !== undefined)
      checkOrder(at('recurrence'), recurrence.from, recurrence.until, 'from', 'until', error);
  }
  const phase = file.phases?.find((p) => p.code === task.phase);
  if (!phase) return;
  const slack = PHASE_SLACK_DAYS * DAY_MS;
  if (task.start !== undefined && instant(task.start, 'start') < instant(phase.start, 'start') - slack)
    warn(
      at('start'),
      `ngày bắt đầu ${show(task.start)} sớm hơn nhiều so với giai đoạn ${phase.code} (${show(phase.start)} – ${show(phase.end)}). Hãy kiểm tra lại.`,
      `start ${task.start} is well before phase ${phase.code} (${phase.start} – ${phase.end}).`,
    );
  if (task.deadline !== undefined && instant(task.deadline, 'due') > instant(phase.end, 'due') + slack)
    warn(
      at('deadline'),
      `hạn ${show(task.deadline)} muộn hơn nhiều so với kết thúc giai đoạn ${phase.code} (${show(phase.end)}). Hãy kiểm tra lại.`,
      `deadline ${task.deadline} is well after phase ${phase.code} ends (${phase.end}).`,
    );
}

function uniqueCodes(items: ReadonlyArray<{ code: string }>, section: string | string[], labelVi: string, labelEn: string, error: Report): Set<string> {
  const first = new Map<string, number>();
  const base = Array.isArray(section) ? section : [section];
  items.forEach((item, i) => {
    const earlier = first.get(item.code);
    if (earlier === undefined) {
      first.set(item.code, i);
      return;
    }
    error(
      [...base, i, 'code'],
      `mã ${labelVi} "${item.code}" bị trùng (đã dùng ở ${base.join('.')}[${earlier}]). Mỗi ${labelVi} cần một mã riêng.`,
      `duplicate ${labelEn} code "${item.code}" (already used at ${base.join('.')}[${earlier}]). Each ${labelEn} needs its own code.`,
    );
  });
  return new Set(first.keys());
}

function checkAliasClashes(file: PlanFile, warn: Report): void {
  const owner = new Map<string, string>();
  file.units.forEach((unit, i) => {
    const names = [unit.name, ...(unit.short_names ?? []), ...(unit.aliases ?? [])];
    for (const name of names) {
      const key = foldVietnamese(name);
      const other = owner.get(key);
      if (other !== undefined && other !== unit.code)
        warn(
          ['units', i],
          `tên gọi "${name}" dùng cho cả "${other}" và "${unit.code}"; bot sẽ phải hỏi lại khi gặp tên này. Hãy đổi một trong hai.`,
          `the name "${name}" is used by both "${other}" and "${unit.code}"; the bot will have to ask. Rename one.`,
        );
      else owner.set(key, unit.code);
    }
  });
}

function checkOrder(path: PlanPath, start: string, end: string, startKey: string, endKey: string, error: Report): void {
  if (instant(end, 'due') < instant(start, 'start'))
    error(
      [...path, endKey],
      `${endKey} ${show(end)} sớm hơn ${startKey} ${show(start)}. Hãy sửa lại ngày.`,
      `${endKey} ${end} is before ${startKey} ${start}. Fix the dates.`,
    );
}

function instant(text: string, as: 'start' | 'due'): number {
  const parsed = parseLocalDateTime(text);
  if (!parsed.ok) return Number.NaN;
  return (as === 'start' ? startInstant(parsed.value) : dueInstant(parsed.value)).getTime();
}

/** dd/MM/yyyy for messages, whatever form the file used. */
function show(text: string): string {
  const parsed = parseLocalDateTime(text);
  if (!parsed.ok) return text;
  const { day, month, year, hour, minute } = parsed.value;
  const date = `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
  return hour === undefined ? date : `${String(hour).padStart(2, '0')}:${String(minute ?? 0).padStart(2, '0')} ${date}`;
}

function unknownUnitVi(code: string): string {
  return `đơn vị "${code}" không có trong danh sách units. Hãy thêm đơn vị này vào mục units hoặc sửa mã.`;
}

function unknownUnitEn(code: string): string {
  return `unit "${code}" is not in units. Add it under units or fix the code.`;
}
