import type { TaskRecord } from '../src/core/model/records.ts';
import type { DraftCommittee } from '../src/core/ports/plan-files.ts';
import type { PlanFile } from '../src/core/plan/plan-schema.ts';
import type { ActiveTask } from '../src/core/plan/reuse-current-codes.ts';
import { z } from 'zod';
import { t } from '../src/core/i18n/translate.ts';
import { localDueText, storedPlanToFile } from '../src/core/plans/stored-plan-to-file.ts';
import { FileTooLargeError } from '../src/core/model/file-too-large-error.ts';
import { countText, DOCUMENT_LIMITS, megabytesText } from '../src/core/plan/document-limits.ts';
import { draftPlanInChat } from '../src/core/usecases/draft-plan-in-chat.ts';
import { stagePlanImport } from '../src/core/usecases/stage-plan-import.ts';
import { isPrivateChat } from './context-helpers.ts';
import type { CommandContext, FileHandler } from './types.ts';

/** The largest plan file the bot downloads (the document gates then apply their own, smaller limits). */
const MAX_PLAN_FILE_BYTES = DOCUMENT_LIMITS.fileBytes;

/**
 * The active plans' tasks, so a plan drafted again keeps their codes (and reports), the units set on
 * them and the deadlines the committee decided where duties match, and another plan takes none of their codes.
 */
async function currentTasks(ctx: CommandContext, tasks: readonly TaskRecord[]): Promise<ActiveTask[]> {
  const ids = tasks.map((task) => task.id);
  const [decided, formerLeads] = await Promise.all([ctx.deps.stores.plans.decidedDeadlines(ids), ctx.deps.stores.plans.formerLeads(ids)]);
  return tasks.map((task) => ({
    ...(decided.has(task.id) && task.dueAt ? { decidedDeadline: localDueText(task.dueAt) } : {}),
    ...(formerLeads.has(task.id) ? { formerLeads: formerLeads.get(task.id) } : {}),
    planNumber: task.planNumber,
    code: task.code,
    title: task.title,
    ...(task.sourceClause ? { source: task.sourceClause } : {}),
    lead: task.assignments.find((assignment) => assignment.role === 'lead')?.unitCode ?? null,
    support: task.assignments.filter((assignment) => assignment.role === 'support').map((assignment) => assignment.unitCode),
  }));
}

/** What the committee follows: its units, the active plans' tasks and the plans themselves. */
async function committeeOf(ctx: CommandContext): Promise<DraftCommittee> {
  const tasks = await ctx.deps.stores.tasks.listTasks();
  const [knownUnits, active, plans] = await Promise.all([ctx.deps.stores.directory.listUnits(), currentTasks(ctx, tasks), currentPlans(ctx, tasks)]);
  return { knownUnits, currentTasks: active, currentPlans: plans };
}

/** The active plans in plan file form, as the committee keeps them now. */
async function currentPlans(ctx: CommandContext, tasks: readonly TaskRecord[]): Promise<PlanFile[]> {
  const stored = await Promise.all([...new Set(tasks.map((task) => task.planNumber))].map((number) => ctx.deps.stores.plans.readStoredPlan(number)));
  return stored.filter((plan) => plan !== null).map(storedPlanToFile);
}

const planDocument = z.object({
  kind: z.literal('document'),
  fileId: z.string().min(1),
  fileName: z.string().trim().min(1).max(255),
  size: z.number().int().nonnegative().nullish(),
});

/**
 * A document sent to the bot in the steering group or a private chat: a plan's text (.docx/.pdf/.txt)
 * is drafted into a review workbook; a reviewed workbook (.xlsx) or a plan file (.yaml) is checked and
 * its difference from the stored plan shown with [Kích hoạt] [Huỷ]. Secretariat only.
 */
export const planFile: FileHandler = {
  async handle(ctx, input) {
    if (ctx.chat.kind !== 'steering' && !isPrivateChat(ctx)) return false;
    const parsed = planDocument.safeParse(input);
    if (!parsed.success) return false;
    const file = parsed.data;
    const kind = ctx.deps.planFiles.kindOf(file.fileName);
    // In the steering group people share other files too (photos, reports): only plan files are the
    // bot's, except from the secretariat, who load plans there and are told why a file was not read.
    if (kind === 'other' && !isPrivateChat(ctx) && !ctx.isSecretariat) return false;
    const reply = (html: string) => ctx.reply({ html, replyToMessageId: ctx.messageId });
    if (!ctx.isSecretariat) {
      await reply(t(ctx.locale, 'plan_chat.not_secretariat'));
      return true;
    }
    if (kind === 'other') {
      await reply(t(ctx.locale, 'plan_chat.unsupported', { file: file.fileName }));
      return true;
    }
    const tooLarge = (size: number | null) =>
      reply(
        t(ctx.locale, 'plan_chat.too_large', {
          file: file.fileName,
          size: size === null ? `> ${megabytesText(MAX_PLAN_FILE_BYTES)}` : megabytesText(size),
          max: megabytesText(MAX_PLAN_FILE_BYTES),
          textMax: megabytesText(DOCUMENT_LIMITS.textFileBytes),
          chars: countText(DOCUMENT_LIMITS.textChars),
        }),
      );
    if (file.size != null && file.size > MAX_PLAN_FILE_BYTES) {
      await tooLarge(file.size);
      return true;
    }
    if (!ctx.downloadFile) {
      await reply(t(ctx.locale, 'plan_chat.no_download'));
      return true;
    }
    let bytes: Uint8Array;
    try {
      bytes = await ctx.downloadFile(input, MAX_PLAN_FILE_BYTES);
    } catch (error) {
      if (!(error instanceof FileTooLargeError)) throw error;
      await tooLarge(error.size);
      return true;
    }
    const common = { bytes, fileName: file.fileName, locale: ctx.locale };
    const answer =
      kind === 'document'
        ? await draftPlanInChat(ctx.deps.planFiles, {
            ...common,
            ...(await committeeOf(ctx)),
          })
        : await stagePlanImport(
            { stores: ctx.deps.stores, planFiles: ctx.deps.planFiles },
            { ...common, chatId: ctx.chat.id, userId: ctx.user.id, now: ctx.now },
          );
    await ctx.reply({ ...answer, replyToMessageId: ctx.messageId });
    return true;
  },
};
