import { planImportPayload } from '../actions/action-payload.ts';
import { html, t } from '../i18n/translate.ts';
import type { OutgoingMessage } from '../model/outgoing.ts';
import type { Locale } from '../model/records.ts';
import type { PendingPlanImportStore } from '../ports/pending-plan-import-store.ts';
import type { PlanFileProblem, PlanFiles } from '../ports/plan-files.ts';
import type { PlanStore } from '../ports/plan-store.ts';
import type { ReportStore } from '../ports/report-store.ts';
import { describePlanDiff } from '../plans/describe-plan-diff.ts';
import { escapeHtml } from '../text/html.ts';
import { formatDateTimeVi } from '../time/zone.ts';

/** A checked file waits this long for [Kích hoạt] / [Huỷ]. */
export const PENDING_IMPORT_TTL_MS = 48 * 60 * 60 * 1000;
const LISTED_PROBLEMS = 15;

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
  if (!read.ok) {
    return { html: t(locale, 'plan_chat.invalid', { file: fileName, count: read.errors.length, errors: html(problemList(read.errors, locale)) }) };
  }
  const preview = await ports.stores.plans.previewImport(read.plan);
  const expiresAt = new Date(input.now.getTime() + PENDING_IMPORT_TTL_MS);
  const id = await ports.stores.pendingPlanImports.remember({
    chatId: input.chatId,
    userId: input.userId,
    fileName,
    fileBytes: input.bytes,
    planNumber: read.plan.number,
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
  const warnings =
    (await reportedArchiveWarning(ports, preview.diff.archive, locale)) +
    (allWarnings.length === 0 ? '' : t(locale, 'plan_chat.warnings', { count: allWarnings.length, list: html(problemList(allWarnings, locale)) }));
  return {
    html: t(locale, 'plan_chat.preview', {
      file: fileName,
      plan: read.plan.number,
      title: read.plan.title,
      diff: html(escapeHtml(describePlanDiff(preview, locale === 'en').join('\n'))),
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
  };
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

/** "• …" lines, the first few problems in full and how many more there are. */
export function problemList(problems: readonly PlanFileProblem[], locale: Locale): string {
  const lines = problems.slice(0, LISTED_PROBLEMS).map((problem) => `• ${escapeHtml(capitalize(locale === 'en' ? problem.messageEn : problem.message))}`);
  if (problems.length > LISTED_PROBLEMS) lines.push(t(locale, 'plan_chat.more_errors', { count: problems.length - LISTED_PROBLEMS }));
  return lines.join('\n');
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
