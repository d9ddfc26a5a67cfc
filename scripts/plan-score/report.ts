/**
 * Figures and printing of the plan scorer: one JSON line per document and per set on stdout, a
 * readable table on stderr, and (verbose) why each key item was right or wrong.
 */
import { date10 } from './normalise.ts';
import type { DocScore, KeyItem, PlanKey } from './score-doc.ts';
import { unitTable } from './score-doc.ts';

export type Totals = Omit<DocScore, 'per_item' | 'unmatched_tasks'>;

export function emptyTotals(): Totals {
  return {
    n_tr: 0,
    matched: 0,
    lead: 0,
    time: 0,
    both: 0,
    tasks: 0,
    tasks_matched: 0,
    false_ce: [],
    p_key: 0,
    p_found: 0,
    units: 0,
    junk: [],
    wrong: 0,
    wrong_flagged: 0,
  };
}

export function addTo(total: Totals, s: DocScore): void {
  for (const k of ['n_tr', 'matched', 'lead', 'time', 'both', 'tasks', 'tasks_matched', 'p_key', 'p_found', 'units', 'wrong', 'wrong_flagged'] as const)
    total[k] += s[k];
  total.false_ce.push(...s.false_ce);
  total.junk.push(...s.junk);
}

const frac = (a: number, b: number): number => (b ? Math.round((1000 * a) / b) / 1000 : 0);
const pct = (a: number, b: number): string => `${(b ? (100 * a) / b : 0).toFixed(1)}%`;

/** The figures of a document or a set, as fractions (3 decimals) and counts. */
export function figures(name: string, s: Totals): Record<string, unknown> {
  return {
    name,
    recall: frac(s.matched, s.n_tr),
    lead_right: frac(s.lead, s.n_tr),
    deadline_right: frac(s.time, s.n_tr),
    both_right: frac(s.both, s.n_tr),
    precision: frac(s.tasks_matched, s.tasks),
    ce_tasks: s.false_ce.length,
    phases_found: s.p_found,
    phases_total: s.p_key,
    junk_units: frac(s.junk.length, s.units),
    wrong_flagged: frac(s.wrong_flagged, s.wrong),
    counts: {
      key_items: s.n_tr,
      matched: s.matched,
      lead_right: s.lead,
      deadline_right: s.time,
      both_right: s.both,
      draft_tasks: s.tasks,
      draft_tasks_matched: s.tasks_matched,
      ce_tasks: s.false_ce.length,
      units: s.units,
      junk_units: s.junk.length,
      wrong_fields: s.wrong,
      wrong_flagged: s.wrong_flagged,
    },
  };
}

export function tableHeader(): string {
  return `${'document'.padEnd(58)} ${['items', 'recall', 'lead', 'deadline', 'both', 'prec', 'C/E', 'phases', 'junk'].map((h) => h.padStart(8)).join(' ')}`;
}

export function tableRow(name: string, s: Totals): string {
  const cells = [
    String(s.n_tr),
    pct(s.matched, s.n_tr),
    pct(s.lead, s.n_tr),
    pct(s.time, s.n_tr),
    pct(s.both, s.n_tr),
    pct(s.tasks_matched, s.tasks),
    String(s.false_ce.length),
    `${s.p_found}/${s.p_key}`,
    `${s.junk.length}/${s.units}`,
  ];
  return `${name.slice(0, 58).padEnd(58)} ${cells.map((c) => c.padStart(8)).join(' ')}`;
}

/** The same summary line as score.py prints, to compare the two scorers figure by figure. */
export function pythonStyleSummary(s: Totals): string {
  return (
    `both-right ${s.both}/${s.n_tr} (${pct(s.both, s.n_tr)}), recall ${pct(s.matched, s.n_tr)}, lead ${pct(s.lead, s.n_tr)}, ` +
    `deadline ${pct(s.time, s.n_tr)}, precision ${(s.tasks ? (100 * s.tasks_matched) / s.tasks : 0).toFixed(0)}%, phases ${s.p_found}/${s.p_key}, ` +
    `wrong flagged ${s.wrong_flagged}/${s.wrong}`
  );
}

type Obj = Record<string, unknown>;

function describeKeyTime(item: KeyItem): string {
  const d = item.deadline ?? {};
  const parts: string[] = [];
  if (d.none) parts.push('none');
  if (d.dates?.length) parts.push(d.dates.join('|'));
  if (d.start || d.end) parts.push(`${d.start ?? '…'}..${d.end ?? '…'}`);
  if (item.recurrence)
    parts.push(
      `every ${item.recurrence.every}${item.recurrence.day ? ` day ${[item.recurrence.day].flat().join('|')}` : ''}${item.recurrence.optional ? ' (optional)' : ''}`,
    );
  return parts.join(' or ') || 'none';
}

function describeTaskTime(task: Obj): string {
  const rec = task.recurrence as Obj | undefined;
  const dl = date10(task.deadline) ?? 'none';
  return rec && typeof rec === 'object' ? `${dl}, ${String(rec.frequency)} day ${String(rec.day_of_period ?? '-')}` : dl;
}

/** Per key item: the task matched, its lead and deadline against the key's, and why it is wrong. */
export function verboseLines(draftValue: unknown, key: PlanKey, s: DocScore): string[] {
  const draft = (draftValue && typeof draftValue === 'object' ? draftValue : {}) as Obj;
  const tasks = (Array.isArray(draft.tasks) ? draft.tasks : []).filter((t): t is Obj => !!t && typeof t === 'object');
  const units = unitTable(draft);
  const byId = new Map(key.items.map((it) => [it.id, it]));
  const lines: string[] = [];
  for (const r of s.per_item) {
    const item = byId.get(r.id)!;
    if (r.taskIndex === null) {
      lines.push(`  ${r.id} MISSED  "${item.title ?? ''}" (keywords: ${(item.keywords ?? []).join(', ')})`);
      continue;
    }
    const t = tasks[r.taskIndex]!;
    const leadName = String(units.get(String(t.lead ?? ''))?.name ?? t.lead ?? '') || '(no lead)';
    const why: string[] = [];
    if (!r.leadOk) why.push(`lead "${leadName}" is not ${(item.lead ?? []).map((l) => `"${l}"`).join(' / ') || '(none)'}`);
    if (!r.timeOk) why.push(`time ${describeTaskTime(t)} is not ${describeKeyTime(item)}`);
    lines.push(
      `  ${r.id} ${r.leadOk && r.timeOk ? 'RIGHT ' : 'WRONG '} task ${r.task ?? '?'} "${String(t.title ?? '').slice(0, 70)}"; lead ${leadName}; deadline ${describeTaskTime(t)}${why.length ? ` — ${why.join('; ')}` : ''}`,
    );
  }
  const fromCe = new Set(s.false_ce.map(([code]) => code));
  for (const [code, id] of s.false_ce) lines.push(`  task ${code} was made from ${id} (${byId.get(id)?.title ?? ''})`);
  for (const ti of s.unmatched_tasks) {
    const t = tasks[ti]!;
    if (fromCe.has(String(t.code ?? ''))) continue;
    const leadName = String(units.get(String(t.lead ?? ''))?.name ?? t.lead ?? '') || '(no lead)';
    lines.push(`  task ${String(t.code ?? '?')} matches no duty: "${String(t.title ?? '').slice(0, 90)}" (lead ${leadName})`);
  }
  for (const [code, name, why] of s.junk) lines.push(`  junk unit ${code} "${name}" (${why})`);
  return lines;
}
