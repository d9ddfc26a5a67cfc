import { html, t } from '../i18n/translate.ts';
import type { OutgoingMessage } from '../model/outgoing.ts';
import type { Locale, UnitRecord } from '../model/records.ts';
import type { PlanDraft } from '../plan-draft/types.ts';
import type { PlanFiles } from '../ports/plan-files.ts';
import type { ActiveTask } from '../plan/reuse-current-codes.ts';
import { joinReasons } from '../text/join-reasons.ts';
import { escapeHtml } from '../text/html.ts';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const LISTED_UNITS = 12;
const LISTED_REASONS = 5;

/**
 * A plan's text sent in chat → the drafter's summary (tasks, how many to review and why, units,
 * phases) with the review workbook attached; nothing is stored or imported. A file that is not a
 * plan (no tasks) or cannot be read gets a Vietnamese explanation and no workbook.
 */
export async function draftPlanInChat(
  planFiles: PlanFiles,
  input: { bytes: Uint8Array; fileName: string; locale: Locale; knownUnits?: readonly UnitRecord[]; currentTasks?: readonly ActiveTask[] },
): Promise<OutgoingMessage> {
  const { locale, fileName } = input;
  const result = await planFiles.draftFromDocument(input.bytes, fileName, input.knownUnits ?? [], input.currentTasks ?? []);
  if (!result.ok) return { html: t(locale, 'plan_chat.unreadable', { reason: locale === 'en' ? result.problem.messageEn : result.problem.message }) };
  const { draft } = result;
  if (draft.tasks.length === 0) {
    const why = draft.header.reviewNotes.length > 0 ? ` (${joinReasons(draft.header.reviewNotes)})` : '';
    return { html: t(locale, 'plan_chat.no_tasks', { file: fileName, why }) };
  }
  const workbookName = `${fileName.replace(/\.[^.]+$/, '') || 'ke-hoach'}-kiem-tra.xlsx`;
  return {
    html:
      composeDraftSummary(draft, fileName, workbookName, locale) +
      (result.reused ? t(locale, 'plan_chat.codes_reused', { count: result.reused }) : '') +
      (result.carried ? t(locale, 'plan_chat.units_carried', { count: result.carried }) : '') +
      (result.deadlinesCarried ? t(locale, 'plan_chat.deadlines_carried', { count: result.deadlinesCarried }) : '') +
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

export function composeDraftSummary(draft: PlanDraft, fileName: string, workbookName: string, locale: Locale): string {
  const none = t(locale, 'plan_chat.none');
  const { header } = draft;
  const headerLine = [header.number, header.title].filter(Boolean).join(' — ');
  const toReview = draft.tasks.filter((task) => task.review);
  const units = draft.units.map((unit) => unit.name);
  const unitList = units.length === 0 ? none : units.slice(0, LISTED_UNITS).join(', ') + (units.length > LISTED_UNITS ? ', …' : '');
  const phases = draft.phases.map((phase) => {
    const span = phase.start && phase.end ? ` (${localVi(phase.start)}–${localVi(phase.end)})` : '';
    return `${phase.name}${span}`;
  });
  return t(locale, 'plan_chat.draft_summary', {
    file: fileName,
    header: html(headerLine ? `\n${escapeHtml(headerLine)}` : ''),
    tasks: draft.tasks.length,
    review: toReview.length,
    reasons: html(
      reasonLines(
        toReview.flatMap((task) => task.reviewNotes),
        locale,
      ),
    ),
    unitCount: units.length,
    units: unitList,
    phaseCount: phases.length,
    phases: phases.length === 0 ? none : phases.join('; '),
    workbook: workbookName,
  });
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
