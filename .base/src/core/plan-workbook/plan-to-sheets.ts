import { parseLocalDateTime } from '../time/parse-local-date-time.ts';
import type { PlanFile } from '../plan/plan-schema.ts';
import { formatRecurrence } from './recurrence-text.ts';
import {
  BOUNDARY_LABELS,
  CRITERIA_SHEET,
  CRITERION_KIND_LABELS,
  type CellValue,
  type DateCell,
  FLAG_TEXT,
  GROUPS_SHEET,
  PHASES_SHEET,
  PLAN_FIELDS,
  type TableSheetDef,
  TASKS_SHEET,
  UNIT_KIND_LABELS,
  UNITS_SHEET,
} from './workbook-layout.ts';

export interface TableRow {
  cells: Record<string, CellValue>;
  /** the row is marked "cần kiểm tra": the writer highlights it */
  review: boolean;
}

export interface PlanSheets {
  /** the "Kế hoạch" sheet: label and value per field */
  plan: { key: string; label: string; value: CellValue }[];
  tables: { sheet: TableSheetDef; rows: TableRow[] }[];
}

/**
 * A plan file (validated, or a draft with blanks still to fill) as the rows of the review workbook.
 * Every field of the file has a cell, so reading the rows back gives the same file.
 */
export function planToSheets(file: PlanFile): PlanSheets {
  const plan = PLAN_FIELDS.map((field) => {
    const raw = field.key === 'before_boundary' ? file.config?.before_boundary : (file as Record<string, unknown>)[field.key];
    let value: CellValue = null;
    if (field.type === 'date' && typeof raw === 'string') value = dateCell(raw);
    else if (field.type === 'lines' && Array.isArray(raw)) value = lines(raw);
    else if (field.type === 'boundary' && typeof raw === 'string') value = BOUNDARY_LABELS[raw] ?? raw;
    else if (typeof raw === 'string') value = raw;
    return { key: field.key, label: field.label, value };
  });

  const tasks = file.tasks.map((task) =>
    row(task, {
      code: task.code,
      title: task.title,
      lead: task.lead,
      support: list(task.support),
      phase: task.phase ?? null,
      start: optionalDate(task.start),
      deadline: optionalDate(task.deadline),
      recurrence: task.recurrence ? formatRecurrence(task.recurrence) : null,
      source: task.source,
      deadline_text: task.deadline_text ?? null,
      section: task.section ?? null,
      body: task.body ?? null,
      notes: task.notes ?? null,
    }),
  );
  const units = file.units.map((unit) =>
    row(unit, {
      code: unit.code,
      name: unit.name,
      short_names: list(unit.short_names),
      aliases: list(unit.aliases),
      kind: UNIT_KIND_LABELS[unit.kind] ?? unit.kind,
      parent: unit.parent ?? null,
    }),
  );
  const groups = (file.config?.groups ?? []).map((group) =>
    row(group, { code: group.code, name: group.name, aliases: list(group.aliases), members: list(group.members), notes: group.notes ?? null }),
  );
  const phases = (file.phases ?? []).flatMap((phase) => [
    row(phase, {
      code: phase.code,
      name: phase.name,
      start: optionalDate(phase.start),
      end: optionalDate(phase.end),
      parent: null,
      deadline_text: phase.deadline_text ?? null,
      notes: phase.notes ?? null,
    }),
    ...(phase.sub_periods ?? []).map((sub) =>
      row(sub, {
        code: sub.code,
        name: sub.name,
        start: optionalDate(sub.start),
        end: optionalDate(sub.end),
        parent: phase.code,
        deadline_text: null,
        notes: sub.notes ?? null,
      }),
    ),
  ]);
  const criteria = (file.criteria ?? []).map((criterion) =>
    row(criterion, {
      code: criterion.code,
      text: criterion.text,
      kind: CRITERION_KIND_LABELS[criterion.kind] ?? criterion.kind,
      target: criterion.target ?? null,
      unit_of_measure: criterion.unit_of_measure ?? null,
      baseline: criterion.baseline ?? null,
      unit: criterion.unit ?? null,
      notes: criterion.notes ?? null,
    }),
  );
  return {
    plan,
    tables: [
      { sheet: TASKS_SHEET, rows: tasks },
      { sheet: UNITS_SHEET, rows: units },
      { sheet: GROUPS_SHEET, rows: groups },
      { sheet: PHASES_SHEET, rows: phases },
      { sheet: CRITERIA_SHEET, rows: criteria },
    ],
  };
}

function row(item: { review?: boolean; review_notes?: string[] }, cells: Record<string, CellValue>): TableRow {
  return {
    cells: { ...cells, review: item.review ? FLAG_TEXT : null, review_notes: lines(item.review_notes) },
    review: item.review === true,
  };
}

function list(values: readonly string[] | undefined): string | null {
  return values && values.length > 0 ? values.join('; ') : null;
}

function lines(values: readonly string[] | undefined): string | null {
  return values && values.length > 0 ? values.join('\n') : null;
}

function optionalDate(text: string | undefined): CellValue {
  return text === undefined || text === '' ? null : dateCell(text);
}

/** A date the plan file spells correctly becomes a real date cell; anything else stays text to fix. */
export function dateCell(text: string): DateCell | string {
  const parsed = parseLocalDateTime(text);
  if (!parsed.ok) return text;
  const { year, month, day, hour, minute } = parsed.value;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  return hour === undefined ? { date } : { date, time: `${pad(hour)}:${pad(minute ?? 0)}` };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
