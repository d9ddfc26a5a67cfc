import { formatPlanPath, type PlanPath } from '../plan/plan-model.ts';
import { foldVietnamese } from '../text/fold.ts';
import { checkWorkbookReferences } from './check-workbook-references.ts';
import { cellDate, cellFlag, cellLines, cellList, cellText, findSheet, type RawSheet, readTable, type Report, type SheetRow } from './read-sheet-cells.ts';
import { parseRecurrence } from './recurrence-text.ts';
import type { CellRef, WorkbookProblem } from './workbook-problem.ts';
import {
  BOUNDARY_LABELS,
  CRITERIA_SHEET,
  CRITERION_KIND_LABELS,
  GROUPS_SHEET,
  PHASES_SHEET,
  PLAN_FIELDS,
  PLAN_SHEET_NAME,
  type TableSheetDef,
  TASKS_SHEET,
  UNIT_KIND_LABELS,
  UNITS_SHEET,
} from './workbook-layout.ts';

type Data = Record<string, unknown>;

export interface SheetsToPlanResult {
  /** the plan in the plan file layout, for the same schema and checks as a YAML file */
  data: Data;
  problems: WorkbookProblem[];
  /** the cell a plan file path (tasks[3].lead) came from */
  locate(path: PlanPath): CellRef;
}

const REQUIRED_SHEETS = [TASKS_SHEET.name, PLAN_SHEET_NAME, UNITS_SHEET.name, PHASES_SHEET.name];

/** Reads the review workbook's sheets back into a plan file; every problem names its sheet, row and column. */
export function sheetsToPlan(sheets: readonly RawSheet[]): SheetsToPlanResult {
  const problems: WorkbookProblem[] = [];
  const entities = new Map<string, CellRef & { def?: TableSheetDef }>();
  const planRows = new Map<string, number>();
  const reporter =
    (sheet: string): Report =>
    (problem) =>
      problems.push({ severity: 'error', sheet, ...problem });

  for (const name of REQUIRED_SHEETS) {
    if (!findSheet(sheets, name)) {
      problems.push({
        severity: 'error',
        sheet: name,
        message: `không có sheet này trong tệp. Tệp cần đủ các sheet ${REQUIRED_SHEETS.join(', ')}.`,
        messageEn: `the workbook has no such sheet; it needs the sheets ${REQUIRED_SHEETS.join(', ')}.`,
        missing: { sheet: name },
      });
    }
  }

  /** The data rows of a sheet; with `path`, each row is registered as the place of that plan-file item. */
  const table = (def: TableSheetDef, path?: (i: number) => string): SheetRow[] => {
    const sheet = findSheet(sheets, def.name);
    if (!sheet) return [];
    const rows = readTable(sheet, def, reporter(def.name));
    rows.forEach((row, i) => {
      if (path) entities.set(path(i), { sheet: def.name, row: row.row, def });
    });
    return rows;
  };

  const data: Data = readPlanSheet(findSheet(sheets, PLAN_SHEET_NAME), planRows, reporter(PLAN_SHEET_NAME));
  const read = (def: TableSheetDef, row: SheetRow, report: Report) => {
    const column = (key: string) => def.columns.find((c) => c.key === key)!;
    const text = (key: string) => cellText(row.get(key)) || undefined;
    return {
      text,
      list: (key: string) => optionalList(cellList(row.get(key))),
      date: (key: string) => cellDate(row.get(key), column(key), row.row, report),
      marks: () => {
        const review = def.columns.some((c) => c.key === 'review') ? cellFlag(row.get('review'), column('review'), row.row, report) : undefined;
        const notes = optionalList(cellLines(row.get('review_notes')));
        return { ...(review && { review }), ...(notes && { review_notes: notes }) };
      },
      label: (key: string, labels: Record<string, string>, what: string) => {
        const value = text(key);
        if (value === undefined) return undefined;
        const folded = foldVietnamese(value);
        const found = Object.entries(labels).find(([code, label]) => folded === foldVietnamese(label) || folded === code.toLowerCase());
        if (found) return found[0];
        report({
          row: row.row,
          column: column(key).header,
          message: `'${value}' không phải ${what} hợp lệ: chọn một trong ${Object.values(labels).join(', ')}.`,
          messageEn: `'${value}' is not a valid ${what}.`,
        });
        return value;
      },
    };
  };

  const unitReport = reporter(UNITS_SHEET.name);
  data.units = table(UNITS_SHEET, (i) => `units[${i}]`).map((row) => {
    const r = read(UNITS_SHEET, row, unitReport);
    return compact({
      code: r.text('code'),
      name: r.text('name'),
      short_names: r.list('short_names'),
      aliases: r.list('aliases'),
      kind: r.label('kind', UNIT_KIND_LABELS, 'loại đơn vị'),
      parent: r.text('parent'),
      ...r.marks(),
    });
  });

  const groupReport = reporter(GROUPS_SHEET.name);
  const groups = table(GROUPS_SHEET, (i) => `config.groups[${i}]`).map((row) => {
    const r = read(GROUPS_SHEET, row, groupReport);
    return compact({
      code: r.text('code'),
      name: r.text('name'),
      aliases: r.list('aliases'),
      members: r.list('members') ?? [],
      ...r.marks(),
      notes: r.text('notes'),
    });
  });
  const boundary = data.before_boundary;
  delete data.before_boundary;
  if (groups.length > 0 || boundary !== undefined) data.config = compact({ before_boundary: boundary, groups: groups.length > 0 ? groups : undefined });

  const phaseReport = reporter(PHASES_SHEET.name);
  const phases: Data[] = [];
  const phaseRows = table(PHASES_SHEET); // phases and their sub-periods are registered below
  for (const row of phaseRows) {
    const r = read(PHASES_SHEET, row, phaseReport);
    const parentCode = r.text('parent');
    const base = compact({ code: r.text('code'), name: r.text('name'), start: r.date('start'), end: r.date('end') });
    if (parentCode === undefined) {
      entities.set(`phases[${phases.length}]`, { sheet: PHASES_SHEET.name, row: row.row, def: PHASES_SHEET });
      phases.push(compact({ ...base, deadline_text: r.text('deadline_text'), ...r.marks(), notes: r.text('notes') }));
      continue;
    }
    const parentIndex = phases.findIndex((p) => foldVietnamese(String(p.code)) === foldVietnamese(parentCode));
    const parent = phases[parentIndex];
    if (!parent) {
      phaseReport({
        row: row.row,
        column: 'Thuộc giai đoạn',
        message: `giai đoạn '${parentCode}' không có ở các dòng phía trên của sheet Giai đoạn.`,
        messageEn: `phase '${parentCode}' is not on a row above.`,
      });
      continue;
    }
    parent.sub_periods ??= [];
    const subs = parent.sub_periods as Data[];
    entities.set(`phases[${parentIndex}].sub_periods[${subs.length}]`, { sheet: PHASES_SHEET.name, row: row.row, def: PHASES_SHEET });
    subs.push(compact({ ...base, ...r.marks(), notes: r.text('notes') }));
  }
  data.phases = phases;

  const taskReport = reporter(TASKS_SHEET.name);
  const taskRows = table(TASKS_SHEET, (i) => `tasks[${i}]`);
  data.tasks = taskRows.map((row) => {
    const r = read(TASKS_SHEET, row, taskReport);
    const recurrenceText = r.text('recurrence');
    let recurrence: unknown;
    if (recurrenceText !== undefined) {
      const parsed = parseRecurrence(recurrenceText);
      if (parsed.ok) recurrence = parsed.value;
      else {
        taskReport({
          row: row.row,
          column: 'Định kỳ',
          message: `'${parsed.part}' không hiểu được; ghi ví dụ "hằng tháng, ngày 20, từ 01/03/2023, đến 31/12/2023".`,
          messageEn: `'${parsed.part}' is not understood.`,
        });
        recurrence = recurrenceText;
      }
    }
    return compact({
      code: r.text('code'),
      title: r.text('title'),
      body: r.text('body'),
      source: r.text('source'),
      section: r.text('section'),
      phase: r.text('phase'),
      lead: r.text('lead'),
      support: r.list('support'),
      start: r.date('start'),
      deadline: r.date('deadline'),
      deadline_text: r.text('deadline_text'),
      recurrence,
      ...r.marks(),
      notes: r.text('notes'),
    });
  });

  const criterionReport = reporter(CRITERIA_SHEET.name);
  const criteria = table(CRITERIA_SHEET, (i) => `criteria[${i}]`).map((row) => {
    const r = read(CRITERIA_SHEET, row, criterionReport);
    const number = (key: string) => {
      const cell = row.get(key);
      return typeof cell === 'number' ? cell : r.text(key);
    };
    return compact({
      code: r.text('code'),
      text: r.text('text'),
      kind: r.label('kind', CRITERION_KIND_LABELS, 'loại tiêu chí'),
      target: number('target'),
      unit_of_measure: r.text('unit_of_measure'),
      baseline: number('baseline'),
      unit: r.text('unit'),
      ...r.marks(),
      notes: r.text('notes'),
    });
  });
  if (criteria.length > 0) data.criteria = criteria;

  const locate = (path: PlanPath): CellRef => locateIn(path, entities, planRows);
  checkWorkbookReferences(data, locate, problems);
  return { data, problems, locate };
}

function readPlanSheet(sheet: RawSheet | undefined, planRows: Map<string, number>, report: Report): Data {
  const data: Data = {};
  if (!sheet) return data;
  sheet.rows.forEach((cells, i) => {
    const label = foldVietnamese(cellText(cells[0] ?? null));
    const field = PLAN_FIELDS.find((f) => foldVietnamese(f.label) === label || f.key === label);
    if (!field || planRows.has(field.key)) return;
    planRows.set(field.key, i + 1);
    const cell = cells[1] ?? null;
    const column = { key: field.key, header: 'Giá trị', headerEn: 'Value', type: 'text' as const, width: 0, required: true };
    if (field.type === 'date') data[field.key] = cellDate(cell, column, i + 1, report);
    else if (field.type === 'lines') data[field.key] = optionalList(cellLines(cell));
    else if (field.type === 'boundary') {
      const text = cellText(cell);
      const folded = foldVietnamese(text);
      const found = Object.entries(BOUNDARY_LABELS).find(([code, label]) => folded === code || folded === foldVietnamese(label));
      if (text !== '' && !found)
        report({
          row: i + 1,
          column: 'Giá trị',
          message: `'${text}' không hiểu được: chọn "${BOUNDARY_LABELS.strict}" hoặc "${BOUNDARY_LABELS.inclusive}".`,
          messageEn: `'${text}' is not understood.`,
        });
      data[field.key] = text === '' ? undefined : (found?.[0] ?? text);
    } else data[field.key] = cellText(cell) || undefined;
  });
  for (const field of PLAN_FIELDS) {
    if (!field.required) continue;
    const row = planRows.get(field.key);
    if (row === undefined)
      report({ message: `thiếu dòng "${field.label}" (cột A là tên trường, cột B là giá trị).`, messageEn: `missing the row "${field.label}".` });
    else if (data[field.key] === undefined)
      report({ row, column: 'Giá trị', message: `cần ghi ${field.label.toLowerCase()}.`, messageEn: `${field.label} is required.` });
  }
  return compact(data);
}

function locateIn(path: PlanPath, entities: Map<string, CellRef & { def?: TableSheetDef }>, planRows: Map<string, number>): CellRef {
  for (let depth = path.length; depth > 0; depth--) {
    const key = formatPlanPath(path.slice(0, depth));
    const entity = entities.get(key);
    if (!entity) continue;
    const field = path[depth];
    const column = typeof field === 'string' ? entity.def?.columns.find((c) => c.key === field)?.header : undefined;
    return { sheet: entity.sheet, ...(entity.row !== undefined && { row: entity.row }), ...(column && { column }) };
  }
  const first = path[0] === 'config' ? path[1] : path[0];
  const row = typeof first === 'string' ? planRows.get(first) : undefined;
  if (row !== undefined) return { sheet: PLAN_SHEET_NAME, row, column: 'Giá trị' };
  const sheetOf: Record<string, string> = {
    tasks: TASKS_SHEET.name,
    units: UNITS_SHEET.name,
    phases: PHASES_SHEET.name,
    criteria: CRITERIA_SHEET.name,
    config: GROUPS_SHEET.name,
  };
  return { sheet: sheetOf[String(path[0])] ?? PLAN_SHEET_NAME };
}

function optionalList(values: string[]): string[] | undefined {
  return values.length > 0 ? values : undefined;
}

function compact<T extends Data>(value: T): T {
  for (const key of Object.keys(value)) if (value[key] === undefined) delete value[key];
  return value;
}
