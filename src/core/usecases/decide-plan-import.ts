import { t } from '../i18n/translate.ts';
import type { Actor, Locale } from '../model/records.ts';
import type { PendingPlanImportStore, PlanImportDecision } from '../ports/pending-plan-import-store.ts';
import type { PlanFiles } from '../ports/plan-files.ts';
import type { PlanStore } from '../ports/plan-store.ts';
import { planDiffFingerprint } from '../plans/plan-diff-fingerprint.ts';
import { activatePlan } from './activate-plan.ts';
import { describeUnitsWithoutGroup } from './describe-units-without-group.ts';
import type { WorkflowPorts } from './ports.ts';
import { notifyReimportChanges } from './notify-reimport-changes.ts';
import { refreshImportedCards } from './refresh-task-cards.ts';
import { codeClashMessage } from './stage-plan-import.ts';

export interface DecidePlanImportPorts extends WorkflowPorts {
  stores: WorkflowPorts['stores'] & { plans: PlanStore; pendingPlanImports: PendingPlanImportStore };
  planFiles: PlanFiles;
}

export interface DecidePlanImportInput {
  id: number;
  chatId: number;
  decision: PlanImportDecision;
  actor: Actor;
  now: Date;
  locale: Locale;
  /** called once this call has won the decision, before the (slower) import: e.g. to answer a button at once */
  onClaimed?: () => Promise<void>;
}

/** `done`: this call decided it (the message says what happened); otherwise why nothing was done. */
export type DecidePlanImportResult = { done: boolean; html: string /** a line short enough for a button's toast */; short: string };

/**
 * [Kích hoạt] or [Huỷ] under a checked plan file (the caller has checked the secretariat's authority).
 * The database decides who wins: a second press, on any instance, finds it decided and imports
 * nothing. Kích hoạt imports the kept file (audited), activates the plan and queues the task cards
 * for the bound unit groups; Huỷ changes nothing but the request.
 */
export async function decidePlanImport(ports: DecidePlanImportPorts, input: DecidePlanImportInput): Promise<DecidePlanImportResult> {
  const { locale, actor, now } = input;
  const { pendingPlanImports, plans, audit } = ports.stores;
  const claim = await pendingPlanImports.claim(input.id, input.chatId, input.decision, now);
  if (!claim.claimed) {
    const key =
      claim.reason === 'activated'
        ? input.decision === 'cancelled'
          ? 'plan_chat.already_activated_not_cancelled'
          : 'plan_chat.already_activated'
        : claim.reason === 'cancelled'
          ? 'plan_chat.already_cancelled'
          : claim.reason === 'expired'
            ? 'plan_chat.expired'
            : 'plan_chat.missing';
    const html = t(locale, key, { id: input.id });
    return { done: false, html, short: html };
  }
  const { pending } = claim;
  await input.onClaimed?.();
  const by = actor.name ?? actor.id;
  const record = (action: string, after: unknown) =>
    audit.append({ actorId: actor.id, actorName: actor.name ?? null, action, entityType: 'pending_plan_import', entityId: String(pending.id), after, at: now });
  if (input.decision === 'cancelled') {
    await record('plan.import_cancelled', { file: pending.fileName, plan: pending.planNumber });
    return { done: true, html: t(locale, 'plan_chat.cancelled', { by, file: pending.fileName }), short: t(locale, 'plan_chat.toast_cancelled') };
  }
  try {
    const read = await ports.planFiles.readPlanFile(pending.fileBytes, pending.fileName);
    if (!read.ok) {
      await pendingPlanImports.release(pending.id);
      const reason = read.errors[0] ? (locale === 'en' ? read.errors[0].messageEn : read.errors[0].message) : '';
      const html = t(locale, 'plan_chat.reread_failed', { file: pending.fileName, reason });
      return { done: false, html, short: html };
    }
    // Another plan may have taken some of its codes since the file was checked: refuse, as when checked.
    const preview = await plans.previewImport(read.plan);
    const { codeClashes } = preview;
    if (codeClashes?.length) {
      await pendingPlanImports.release(pending.id);
      const html = codeClashMessage(codeClashes, read.plan.number, pending.fileName, locale);
      return { done: false, html, short: t(locale, 'plan_chat.toast_code_clash') };
    }
    // The plan changed since the file was checked (another import, /doihan, /giao): the difference shown
    // is no longer what Kích hoạt would do, so nothing is imported and the file is to be checked again.
    if (pending.planFingerprint !== null && planDiffFingerprint(preview) !== pending.planFingerprint) {
      await pendingPlanImports.release(pending.id);
      const html = t(locale, 'plan_chat.changed_since_check', { id: pending.id, plan: read.plan.number, file: pending.fileName });
      return { done: false, html, short: t(locale, 'plan_chat.toast_changed_since_check') };
    }
    const summary = await plans.importPlan(read.plan, { actor, at: now, sourceFile: pending.fileName });
    const { queued, unitsWithoutGroup } = await activatePlan(ports, {
      planId: summary.planId,
      actor,
      now,
      order: read.plan.tasks.map((task) => task.code),
      // a unit with no group matters here only for what this import sends (a task new or changed)
      sent: new Set([...summary.created, ...summary.updated]),
    });
    await refreshImportedCards(ports, { summary, now });
    await notifyReimportChanges(ports, { summary, now });
    await record('plan.import_activated', {
      file: pending.fileName,
      plan: summary.planNumber,
      queued,
      unitsWithoutGroup: unitsWithoutGroup.map((u) => u.unitCode),
    });
    return {
      done: true,
      short: t(locale, 'plan_chat.toast_activated', { plan: summary.planNumber }),
      html:
        t(locale, 'plan_chat.activated', {
          by,
          plan: summary.planNumber,
          file: pending.fileName,
          created: summary.created.length,
          updated: summary.updated.length,
          archived: summary.archived.length,
          unchanged: summary.unchanged,
        }) +
        // "0 task messages on their way" beside "units without a group" reads as a fault: say it only when some go out
        (queued > 0 ? t(locale, 'plan_chat.queued', { queued }) : '') +
        describeUnitsWithoutGroup(locale, unitsWithoutGroup),
    };
  } catch (error) {
    // Nothing half-done stays claimed: the import is idempotent, so pressing again finishes it.
    await pendingPlanImports.release(pending.id);
    throw error;
  }
}
