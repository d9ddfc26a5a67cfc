import { planImportPayload } from '../actions/action-payload.ts';
import { html, t } from '../i18n/translate.ts';
import type { Attachment, OutgoingMessage } from '../model/outgoing.ts';
import type { Locale } from '../model/records.ts';
import type { PendingPlanImportStore } from '../ports/pending-plan-import-store.ts';
import type { PlanFileProblem, PlanFiles } from '../ports/plan-files.ts';
import type { PlanStore } from '../ports/plan-store.ts';
import type { ReportStore } from '../ports/report-store.ts';
import { removedSettingsWarning } from './removed-settings-warning.ts';
import { planDiffFingerprint } from '../plans/plan-diff-fingerprint.ts';
import { describePlanDiff, isPlanDiffLong, type PlanImportPreview } from '../plans/describe-plan-diff.ts';
import { escapeHtml } from '../text/html.ts';
import { formatDateTimeVi, formatDateVi } from '../time/zone.ts';

/** A checked file waits this long for [Kích hoạt] / [Huỷ]. */
export const PENDING_IMPORT_TTL_MS = 48 * 60 * 60 * 1000;
const LISTED_PROBLEMS = 15;
/** Tasks named per bucket of the difference in chat; the whole difference goes as an attached .txt. */
const LISTED_DIFF_TASKS = 20;

export interface StagePlanImportPorts {
  stores: { plans: PlanStore; pendingPlanImports: PendingPlanImportStore; reports?: Pick<ReportStore, 'historyOfTasks'> };
  planFiles: PlanFiles;
}

export interface StagePlanImportInput {
  bytes: Uint8Array;
  fileName: string;
  chatId: number;
  userId: string;
  now: Date;
  locale: Locale;
}

/**
 * A reviewed workbook or a YAML plan sent in chat: checked (every problem by sheet, row and column, or
 * by line; with any error nothing is kept), then the difference from the stored plan is shown with
 * [Kích hoạt] [Huỷ]. The file is kept in the database until one of them is pressed or it expires.
 */
export async function stagePlanImport(ports: StagePlanImportPorts, input: StagePlanImportInput): Promise<OutgoingMessage> {
  const { locale, fileName } = input;
  const read = await ports.planFiles.readPlanFile(input.bytes, fileName);
  if (!read.ok) return invalidFileMessage(read.errors, fileName, locale);
  const preview = await ports.stores.plans.previewImport(read.plan);
  if (preview.codeClashes?.length) return { html: codeClashMessage(preview.codeClashes, read.plan.number, fileName, locale) };
  const expiresAt = new Date(input.now.getTime() + PENDING_IMPORT_TTL_MS);
  const id = await ports.stores.pendingPlanImports.remember({
    chatId: input.chatId,
    userId: input.userId,
    fileName,
    fileBytes: input.bytes,
    planNumber: read.plan.number,
    planFingerprint: planDiffFingerprint(preview),
    createdAt: input.now,
    expiresAt,
  });
  // Rows still marked "Cần kiểm tra" were perhaps never looked at: say so before anyone activates them.
  const unreviewed = read.plan.tasks.filter((task) => task.review).map((task) => task.code);
  const codes = unreviewed.slice(0, 8).join(', ') + (unreviewed.length > 8 ? ', …' : '');
  const allWarnings: PlanFileProblem[] = [
    ...(unreviewed.length > 0
      ? [
          {
            message: t('vi', 'plan_chat.unreviewed', { count: unreviewed.length, codes }),
            messageEn: t('en', 'plan_chat.unreviewed', { count: unreviewed.length, codes }),
          },
        ]
      : []),
    ...read.warnings,
  ];
  const diffCut = isPlanDiffLong(preview.diff, LISTED_DIFF_TASKS);
  const diffListName = `${baseName(fileName)}-thay-doi.txt`;
  const diffHtml =
    escapeHtml(describePlanDiff(preview, locale === 'en', LISTED_DIFF_TASKS).join('\n')) +
    (diffCut ? `\n${t(locale, 'plan_chat.diff_attached', { list: diffListName })}` : '');
  const beside =
    preview.isNewPlan && preview.otherActivePlans?.length
      ? t(locale, 'plan_chat.beside_other_plans', { plan: read.plan.number, plans: preview.otherActivePlans.join(', ') })
      : '';
  const warnings =
    beside +
    decidedDeadlineWarning(preview, locale) +
    removedSettingsWarning(await ports.stores.plans.readStoredPlan(read.plan.number), read.plan, locale) +
    (await reportedArchiveWarning(ports, preview.diff.archive, locale)) +
    (allWarnings.length === 0 ? '' : t(locale, 'plan_chat.warnings', { count: allWarnings.length, list: html(problemList(allWarnings, locale)) }));
  return {
    html: t(locale, 'plan_chat.preview', {
      file: fileName,
      plan: read.plan.number,
      title: read.plan.title,
      diff: html(diffHtml),
      warnings: html(warnings),
      id,
      expires: formatDateTimeVi(expiresAt),
    }),
    buttons: [
      [
        { text: t(locale, 'button.activate_plan'), data: planImportPayload(id, true), fallback: `/kichhoat ${id}` },
        { text: t(locale, 'button.cancel_import'), data: planImportPayload(id, false), fallback: `/huynhap ${id}` },
      ],
    ],
    ...(diffCut && {
      attachments: [textFile(diffListName, t(locale, 'plan_chat.diff_list_title', { file: fileName }), describePlanDiff(preview, locale === 'en'))],
    }),
  };
}

/**
 * A deadline the committee decided after import (/doihan, an approved extension) that the file would
 * put back to another date: said loudly, since a plan drafted again from its document carries the
 * document's dates.
 */
function decidedDeadlineWarning(preview: PlanImportPreview, locale: Locale): string {
  const decided = new Set(preview.decidedDeadlines ?? []);
  const changes = preview.diff.update.filter((change) => decided.has(change.code));
  if (changes.length === 0) return '';
  const date = (value: Date | null) => (value ? formatDateVi(value) : '—');
  const named = changes.slice(0, 10).map((change) => `${change.code} (${date(change.oldDueAt)} → ${date(change.fields.dueAt)})`);
  return t(locale, 'plan_chat.decided_deadlines_revert', { count: changes.length, list: named.join(', ') + (changes.length > 10 ? ', …' : '') });
}

/** A file whose task codes open tasks of another active plan have: refused, the codes named with their plan. */
export function codeClashMessage(clashes: readonly { code: string; plan: string }[], planNumber: string, fileName: string, locale: Locale): string {
  const named = clashes.slice(0, 10).map((clash) => `${clash.code} (${clash.plan})`);
  const list = named.join(', ') + (clashes.length > 10 ? ', …' : '');
  return t(locale, 'plan_chat.code_clash', { file: fileName, plan: planNumber, list, prefix: `KH${/\d+/.exec(planNumber)?.[0] ?? ''}-` });
}

/**
 * Archiving a task that units have reported on ends its tracking (the reports are kept): say so loudly
 * before Kích hoạt, since it usually means the file renamed tasks that should have kept their codes.
 */
async function reportedArchiveWarning(ports: StagePlanImportPorts, archive: readonly { id: number; code: string }[], locale: Locale): Promise<string> {
  if (!ports.stores.reports || archive.length === 0) return '';
  const history = await ports.stores.reports.historyOfTasks(
    archive.map((task) => task.id),
    1,
  );
  const reported = archive.filter((task) => (history.get(task.id)?.length ?? 0) > 0).map((task) => task.code);
  if (reported.length === 0) return '';
  const codes = reported.slice(0, 10).join(', ') + (reported.length > 10 ? ', …' : '');
  return t(locale, 'plan_chat.archive_reported', { count: reported.length, codes });
}

/**
 * The first errors in the message; when there are more, every one of them in an attached .txt (opens
 * anywhere, prints, and can sit beside Excel while fixing). A missing sheet or column says how to get
 * a fresh workbook in chat.
 */
function invalidFileMessage(errors: readonly PlanFileProblem[], fileName: string, locale: Locale): OutgoingMessage {
  const listName = `${baseName(fileName)}-loi.txt`;
  const more = errors.length > LISTED_PROBLEMS ? listName : undefined;
  const missing = errors.some((error) => error.missing) ? `\n${t(locale, 'plan_chat.missing_parts')}` : '';
  const message: OutgoingMessage = {
    html: t(locale, 'plan_chat.invalid', { file: fileName, count: errors.length, errors: html(problemList(errors, locale, more) + missing) }),
  };
  if (!more) return message;
  const text = messageOf(locale)(errors).map((line, i) => `${i + 1}. ${line}`);
  const title = t(locale, 'plan_chat.error_list_title', { file: fileName, count: errors.length });
  return { ...message, attachments: [textFile(listName, title, text)] };
}

/** A list too long for a chat message as a .txt (BOM and CRLF: opens in Notepad, prints, sits beside Excel). */
function textFile(fileName: string, title: string, lines: readonly string[]): Attachment {
  const body = `\uFEFF${title}\r\n\r\n${lines.join('\r\n')}\r\n`;
  return { kind: 'document', fileName, mimeType: 'text/plain; charset=utf-8', bytes: new TextEncoder().encode(body) };
}

function baseName(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '') || 'ke-hoach';
}

function messageOf(locale: Locale): (problems: readonly PlanFileProblem[]) => string[] {
  return (problems) => problems.map((problem) => capitalize(locale === 'en' ? problem.messageEn : problem.message));
}

/** "• …" lines, the first few problems in full and how many more there are (in `listName` when attached). */
export function problemList(problems: readonly PlanFileProblem[], locale: Locale, listName?: string): string {
  const lines = messageOf(locale)(problems.slice(0, LISTED_PROBLEMS)).map((line) => `• ${escapeHtml(line)}`);
  const count = problems.length - LISTED_PROBLEMS;
  if (count > 0)
    lines.push(
      listName ? t(locale, 'plan_chat.more_errors_attached', { count, total: problems.length, list: listName }) : t(locale, 'plan_chat.more_errors', { count }),
    );
  return lines.join('\n');
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
