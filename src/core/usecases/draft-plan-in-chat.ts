import { html, t } from '../i18n/translate.ts';
import type { OutgoingMessage } from '../model/outgoing.ts';
import type { Locale } from '../model/records.ts';
import type { PlanDraft } from '../plan-draft/types.ts';
import type { DraftCommittee, PlanFileProblem, PlanFiles, ReviewRows } from '../ports/plan-files.ts';
import type { ActiveTask } from '../plan/reuse-current-codes.ts';
import { joinReasons } from '../text/join-reasons.ts';
import { escapeHtml } from '../text/html.ts';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const LISTED_UNITS = 12;
const LISTED_PHASES = 6;
const HEADER_CHARS = 300;
const PHASE_NAME_CHARS = 80;
const LISTED_REASONS = 5;

/**
 * A plan's text sent in chat → the drafter's summary (tasks, how many to review and why, units,
 * phases) with the review workbook attached; nothing is stored or imported. A file that is not a
 * plan (no tasks) or cannot be read gets a Vietnamese explanation and no workbook.
 */
export async function draftPlanInChat(
  planFiles: PlanFiles,
  input: { bytes: Uint8Array; fileName: string; locale: Locale } & DraftCommittee,
): Promise<OutgoingMessage> {
  const { locale, fileName } = input;
  const result = await planFiles.draftFromDocument(input.bytes, fileName, input);
  if (!result.ok) return { html: t(locale, 'plan_chat.unreadable', { reason: locale === 'en' ? result.problem.messageEn : result.problem.message }) };
  const { draft } = result;
  if (draft.tasks.length === 0) return { html: composeNoTasksReply(draft, fileName, locale) };
  const workbookName = `${fileName.replace(/\.[^.]+$/, '') || 'ke-hoach'}-kiem-tra.xlsx`;
  return {
    html:
      composeDraftSummary(draft, fileName, workbookName, locale, result.toReview) +
      blockingLines(result.blocking ?? [], locale) +
      (result.reused ? t(locale, 'plan_chat.codes_reused', { count: result.reused }) : '') +
      (result.keptUnchanged ? t(locale, 'plan_chat.kept_unchanged', { count: result.keptUnchanged }) : '') +
      (result.carried ? t(locale, 'plan_chat.units_carried', { count: result.carried }) : '') +
      (result.deadlinesCarried ? t(locale, 'plan_chat.deadlines_carried', { count: result.deadlinesCarried }) : '') +
      (result.groupsAdopted ? t(locale, 'plan_chat.groups_adopted', { count: result.groupsAdopted }) : '') +
      (result.criteriaKept ? t(locale, 'plan_chat.criteria_kept', { count: result.criteriaKept }) : '') +
      (result.groupsKept ? t(locale, 'plan_chat.groups_kept', { count: result.groupsKept }) : '') +
      otherPlanNotice(result, draft.header.number, input.currentTasks ?? [], locale),
    attachments: [{ kind: 'document', fileName: workbookName, mimeType: XLSX_MIME, bytes: result.workbook }],
  };
}

/**
 * A document of another plan than every one being followed says so, and that it goes beside them;
 * codes given a prefix to stay apart from the plans being followed say which (also when re-drafting).
 */
function otherPlanNotice(
  result: { otherPlans?: string[]; codePrefix?: string | null },
  number: string | null | undefined,
  current: readonly ActiveTask[],
  locale: Locale,
): string {
  const others = result.otherPlans ?? [];
  const prefixed = result.codePrefix ? t(locale, 'plan_chat.codes_prefixed', { prefix: result.codePrefix }) : '';
  if (others.length === 0 || others.length < new Set(current.map((task) => task.planNumber)).size) return prefixed ? `\n\n${prefixed.trim()}` : '';
  const plan = number || t(locale, 'plan_chat.number_unread');
  return t(locale, 'plan_chat.other_plan', { plan, current: others.join(', ') }) + prefixed;
}

/** `review`: the workbook's rows to review when they differ from the drafter's (tasks kept as followed are not). */
export function composeDraftSummary(draft: PlanDraft, fileName: string, workbookName: string, locale: Locale, review?: ReviewRows): string {
  const none = t(locale, 'plan_chat.none');
  const { header } = draft;
  const headerLine = shorten([header.number, header.title].filter(Boolean).join(' — '), HEADER_CHARS);
  const drafted = draft.tasks.filter((task) => task.review);
  const toReview = review ?? { count: drafted.length, notes: drafted.flatMap((task) => task.reviewNotes) };
  // the units that take a task: the issuer or a committee the plan only reports to is no unit of it
  const taking = new Set(draft.tasks.flatMap((task) => [task.lead, ...task.support]));
  const units = draft.units.filter((unit) => taking.has(unit.code)).map((unit) => unit.name);
  const phases = draft.phases.map((phase) => phaseText(phase, locale));
  return t(locale, 'plan_chat.draft_summary', {
    file: fileName,
    header: html(headerLine ? `\n${escapeHtml(headerLine)}` : ''),
    tasks: draft.tasks.length,
    review: toReview.count,
    reasons: html(reasonLines(toReview.notes, locale)),
    unitCount: units.length,
    units: units.length === 0 ? none : listSome(units, LISTED_UNITS, ', ', (count) => t(locale, 'plan_chat.more_units_listed', { count })),
    phaseCount: phases.length,
    phases: phases.length === 0 ? none : listSome(phases, LISTED_PHASES, '; ', (count) => t(locale, 'plan_chat.more_phases', { count })),
    workbook: workbookName,
  });
}

const LISTED_BLOCKING = 8;

/** "⛔ The workbook as drafted would be refused for: …": every error, fixed before sending it back. */
function blockingLines(problems: readonly PlanFileProblem[], locale: Locale): string {
  if (problems.length === 0) return '';
  const shown = problems.slice(0, LISTED_BLOCKING).map((p) => `\n• ${escapeHtml(locale === 'en' ? p.messageEn : p.message)}`);
  const more = problems.length > LISTED_BLOCKING ? `\n${t(locale, 'plan_chat.more_errors', { count: problems.length - LISTED_BLOCKING })}` : '';
  return `\n\n${t(locale, 'plan_chat.blocking', { count: problems.length })}${shown.join('')}${more}`;
}

/** The first `shown` items, then "và N … khác" instead of the rest: the summary stays one short message. */
function listSome(items: readonly string[], shown: number, separator: string, more: (count: number) => string): string {
  if (items.length <= shown) return items.join(separator);
  return `${items.slice(0, shown).join(separator)}${separator}${more(items.length - shown)}`;
}

/** "Giai đoạn 1 (01/03/2023–30/06/2023)"; a phase that ends before it starts is flagged, its dates not shown as a span. */
function phaseText(phase: PlanDraft['phases'][number], locale: Locale): string {
  const name = shorten(phase.name, PHASE_NAME_CHARS);
  if (!phase.start || !phase.end) return name;
  if (phase.end < phase.start) return `${name} (${t(locale, 'plan_chat.phase_reversed', { start: localVi(phase.start), end: localVi(phase.end) })})`;
  return `${name} (${localVi(phase.start)}–${localVi(phase.end)})`;
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * No duty found: what the bot noticed in the header, one bullet each, then what to do. A header note
 * is "observation; consequence for the draft" — with no draft only the observation matters.
 */
export function composeNoTasksReply(draft: PlanDraft, fileName: string, locale: Locale): string {
  const notes = [...draft.header.reviewNotes].sort((a, b) => Number(ABOUT_DUTIES.test(b)) - Number(ABOUT_DUTIES.test(a)));
  const seen = [...new Set(notes.map(observation).filter((line) => line !== ''))];
  const why = seen.length === 0 ? '' : `\n\n${t(locale, 'plan_chat.no_tasks_seen')}${seen.map((line) => `\n• ${escapeHtml(line)}`).join('')}`;
  return t(locale, 'plan_chat.no_tasks', { file: fileName, why: html(why) });
}

/** the drafter's own reason for finding no duty goes first */
const ABOUT_DUTIES = /nhiệm vụ/iu;

function observation(note: string): string {
  const first = joinReasons([note.split(/;\s/u)[0] ?? '']).trim();
  if (first === '') return '';
  const sentence = first.charAt(0).toLocaleUpperCase('vi') + first.slice(1);
  return /[.…?!]$/u.test(sentence) ? sentence : `${sentence}.`;
}

/** The most frequent review reasons, with how many tasks each concerns when more than one. */
function reasonLines(notes: string[], locale: Locale): string {
  const counts = new Map<string, number>();
  for (const note of notes) counts.set(note, (counts.get(note) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, LISTED_REASONS);
  const tasks = locale === 'en' ? 'tasks' : 'nhiệm vụ';
  const lines = top.map(([note, count]) => `\n   – ${escapeHtml(note)}${count > 1 ? ` (${count} ${tasks})` : ''}`);
  const others = counts.size - top.length;
  if (others > 0) lines.push(`\n   – ${t(locale, 'plan_chat.more_reasons', { count: others })}`);
  return lines.join('');
}

/** yyyy-MM-dd → dd/MM/yyyy */
function localVi(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}
