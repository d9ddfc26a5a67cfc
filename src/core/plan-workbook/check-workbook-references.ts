import type { PlanPath } from '../plan/plan-model.ts';
import { foldVietnamese } from '../text/fold.ts';
import { PHASES_SHEET, UNITS_SHEET } from './workbook-layout.ts';
import type { CellRef, WorkbookProblem } from './workbook-problem.ts';

type Data = Record<string, unknown>;

const REQUIRED_VALUES: Record<string, [key: string, what: string][]> = {
  tasks: [
    ['code', 'mã nhiệm vụ'],
    ['title', 'tên nhiệm vụ'],
    ['lead', 'đơn vị chủ trì (mỗi nhiệm vụ cần đúng một đơn vị chủ trì)'],
    ['source', 'câu trích dẫn văn bản giao nhiệm vụ'],
  ],
  units: [
    ['code', 'mã đơn vị'],
    ['name', 'tên đơn vị'],
    ['kind', 'loại đơn vị'],
  ],
  groups: [
    ['code', 'mã nhóm'],
    ['name', 'tên nhóm'],
  ],
  phases: [
    ['code', 'mã giai đoạn'],
    ['name', 'tên giai đoạn'],
    ['start', 'ngày bắt đầu'],
    ['end', 'ngày kết thúc'],
  ],
  criteria: [
    ['code', 'mã tiêu chí'],
    ['text', 'nội dung tiêu chí'],
    ['kind', 'loại tiêu chí'],
  ],
};

/**
 * What a person most often gets wrong in the workbook, said in the workbook's terms (sheet, row,
 * column): blank required cells, repeated codes, units and phases that are not on their sheets.
 * Names of units are resolved to their codes here, so "Công an thành phố" in Chủ trì reads as CATP.
 */
export function checkWorkbookReferences(data: Data, locate: (path: PlanPath) => CellRef, problems: WorkbookProblem[]): void {
  const error = (path: PlanPath, message: string, messageEn: string, refersTo?: string) =>
    problems.push({ severity: 'error', ...locate(path), message, messageEn, ...(refersTo && { refersTo }) });
  const units = items(data.units);
  const groups = items((data.config as Data | undefined)?.groups);
  const phases = items(data.phases);
  const tasks = items(data.tasks);
  const criteria = items(data.criteria);
  const lists: [string, PlanPath, Data[]][] = [
    ['units', ['units'], units],
    ['groups', ['config', 'groups'], groups],
    ['phases', ['phases'], phases],
    ['tasks', ['tasks'], tasks],
    ['criteria', ['criteria'], criteria],
  ];
  for (const [kind, base, list] of lists) {
    const seen = new Map<string, number>();
    list.forEach((item, i) => {
      for (const [key, what] of REQUIRED_VALUES[kind] ?? []) {
        if (item[key] === undefined) error([...base, i, key], `cần ghi ${what}.`, `${key} is required.`);
      }
      if (typeof item.code !== 'string') return;
      const first = seen.get(item.code);
      if (first === undefined) seen.set(item.code, i);
      else {
        const row = locate([...base, first]).row;
        error([...base, i, 'code'], `mã "${item.code}" bị trùng với dòng ${row}. Mỗi mã chỉ dùng một lần.`, `code "${item.code}" repeats row ${row}.`);
      }
    });
  }

  const unitNames = directory(units, ['name', 'short_names', 'aliases']);
  const groupNames = directory(groups, ['name', 'aliases']);
  const resolve = (path: PlanPath, value: string, allowGroups: boolean): string => {
    const folded = foldVietnamese(value);
    const sameCode = (item: Data) => typeof item.code === 'string' && item.code.toLowerCase() === value.toLowerCase();
    const byCode = units.find(sameCode);
    if (byCode) return String(byCode.code);
    const byName = unitNames.get(folded) ?? [];
    if (byName.length > 1) {
      error(
        path,
        `'${value}' là tên của nhiều đơn vị (${byName.map((u) => u.code).join(', ')}): hãy ghi mã đơn vị.`,
        `'${value}' names several units: write the unit code.`,
      );
      return value;
    }
    if (byName[0]) return String(byName[0].code);
    const group = groups.find(sameCode) ?? groupNames.get(folded)?.[0];
    if (group && allowGroups) return String(group.code);
    if (group) {
      error(path, `'${value}' là một nhóm đơn vị; chủ trì phải là đúng một đơn vị ở sheet Đơn vị.`, `'${value}' is a group; the lead must be one unit.`);
      return value;
    }
    const where = allowGroups ? 'sheet Đơn vị hoặc sheet Nhóm đơn vị' : 'sheet Đơn vị';
    error(
      path,
      `đơn vị '${value}' không có ở ${where}. Hãy chọn mã trong danh sách hoặc thêm đơn vị vào ${where}.`,
      `unit '${value}' is not on the units sheet.`,
      UNITS_SHEET.name,
    );
    return value;
  };

  tasks.forEach((task, i) => {
    if (typeof task.lead === 'string') task.lead = resolve(['tasks', i, 'lead'], task.lead, false);
    if (Array.isArray(task.support)) task.support = task.support.map((s: string) => resolve(['tasks', i, 'support'], s, true));
    const phaseCode = task.phase;
    if (typeof phaseCode === 'string') {
      const phase = phases.find((p) => typeof p.code === 'string' && foldVietnamese(p.code) === foldVietnamese(phaseCode));
      if (phase) task.phase = phase.code;
      else
        error(
          ['tasks', i, 'phase'],
          `giai đoạn '${phaseCode}' không có ở sheet Giai đoạn.`,
          `phase '${phaseCode}' is not on the phases sheet.`,
          PHASES_SHEET.name,
        );
    }
  });
  groups.forEach((group, i) => {
    if (Array.isArray(group.members)) group.members = group.members.map((m: string) => resolve(['config', 'groups', i, 'members'], m, false));
  });
  units.forEach((unit, i) => {
    if (typeof unit.parent === 'string') unit.parent = resolve(['units', i, 'parent'], unit.parent, false);
  });
  items(data.criteria).forEach((criterion, i) => {
    if (typeof criterion.unit === 'string') criterion.unit = resolve(['criteria', i, 'unit'], criterion.unit, false);
  });
}

function items(value: unknown): Data[] {
  return Array.isArray(value) ? (value as Data[]) : [];
}

/** Folded name → the entries carrying it (several when a name is shared). */
function directory(list: Data[], keys: string[]): Map<string, Data[]> {
  const out = new Map<string, Data[]>();
  for (const item of list) {
    for (const key of keys) {
      const values = Array.isArray(item[key]) ? (item[key] as string[]) : typeof item[key] === 'string' ? [item[key] as string] : [];
      for (const value of values) {
        const folded = foldVietnamese(value);
        const known = out.get(folded) ?? [];
        if (!known.includes(item)) known.push(item);
        out.set(folded, known);
      }
    }
  }
  return out;
}
