import { extname } from 'node:path';
import { draftPlan } from '../core/plan-draft/draft-plan.ts';
import { adoptCurrentGroups } from '../core/plan/adopt-current-groups.ts';
import { carryPlanSettings } from '../core/plan/carry-plan-settings.ts';
import { adoptKnownUnits } from '../core/plan/adopt-known-units.ts';
import { carryCurrentUnits } from '../core/plan/carry-current-units.ts';
import { carryDecidedDeadlines } from '../core/plan/carry-decided-deadlines.ts';
import { isSamePlanNumber, keepCodesApartFromOtherPlans } from '../core/plan/other-plan-codes.ts';
import { keepUnchangedDuties } from '../core/plan/keep-unchanged-duties.ts';
import { reuseCurrentCodes } from '../core/plan/reuse-current-codes.ts';
import type { PlanFile } from '../core/plan/plan-schema.ts';
import type { PlanFileKind, PlanFileProblem, PlanFiles, ReviewRows } from '../core/ports/plan-files.ts';
import { blockingProblems } from './draft/blocking-problems.ts';
import { draftToPlanFile } from './draft/draft-to-plan-file.ts';
import { readDocx } from './draft/read-docx.ts';
import { readPdf } from './draft/read-pdf.ts';
import { loadPlanText } from './load-plan-file.ts';
import type { PlanIssue } from './plan-issue.ts';
import { checkDocumentText, checkDocxBytes, checkPdfBytes, decodeTextDocument, describeDocumentError, DocumentFileError } from './read-document-file.ts';
import { loadPlanWorkbookBuffer } from './workbook/read-plan-workbook.ts';
import { planWorkbookBuffer } from './workbook/write-plan-workbook.ts';

const DOCUMENT_EXTENSIONS = new Set(['.docx', '.pdf', '.txt', '.md', '.doc']);
const PLAN_EXTENSIONS = new Set(['.xlsx', '.yaml', '.yml', '.xls']);

/** The plan files port over the drafter, the review workbook and the YAML reader (src/plan-import). */
export function createPlanFiles(): PlanFiles {
  return {
    kindOf(fileName) {
      const ext = extname(fileName).toLowerCase();
      return (DOCUMENT_EXTENSIONS.has(ext) ? 'document' : PLAN_EXTENSIONS.has(ext) ? 'plan' : 'other') satisfies PlanFileKind;
    },
    async draftFromDocument(bytes, fileName, { knownUnits = [], currentTasks = [], currentPlans = [] } = {}) {
      try {
        const text = await documentText(Buffer.from(bytes), fileName);
        const draft = draftPlan(text);
        if (draft.tasks.length === 0) return { ok: true, draft, workbook: new Uint8Array() };
        const drafted = adoptKnownUnits(draftToPlanFile(draft) as PlanFile, knownUnits);
        // only the same plan (same số/ký hiệu) lends codes and units; another plan's codes are kept apart
        const samePlan = currentTasks.filter((task) => isSamePlanNumber(task.planNumber, drafted.plan));
        const otherPlans = currentTasks.filter((task) => !samePlan.includes(task));
        const currentPlan = currentPlans.find((plan) => isSamePlanNumber(plan.plan, drafted.plan));
        const groups = adoptCurrentGroups(drafted, currentPlan);
        const settings = carryPlanSettings(groups.file, currentPlan);
        const reuse = reuseCurrentCodes(settings.file, samePlan);
        const kept = keepUnchangedDuties(reuse.file, { current: currentPlan, matched: reuse.matched });
        const carry = carryCurrentUnits(kept.file, { current: samePlan, matched: reuse.matched, known: knownUnits });
        const deadlines = carryDecidedDeadlines(carry.file, { current: samePlan, matched: reuse.matched });
        const { file, prefix } = keepCodesApartFromOtherPlans(deadlines.file, new Set(otherPlans.map((task) => task.code)));
        const workbook = await planWorkbookBuffer(file);
        // read back as the upload will be: every error that would refuse it is told now, not after the round trip
        const blocking = await blockingProblems(file, workbook, fileName);
        return {
          ok: true,
          draft,
          workbook,
          blocking: blocking.map(issueText),
          reused: reuse.reused,
          carried: carry.carried,
          deadlinesCarried: deadlines.carried,
          groupsAdopted: groups.adopted,
          keptUnchanged: kept.kept,
          toReview: reviewRows(file),
          criteriaKept: settings.criteria,
          groupsKept: settings.groups,
          otherPlans: [...new Set(otherPlans.map((task) => task.planNumber))],
          codePrefix: prefix,
        };
      } catch (error) {
        return { ok: false, problem: toProblem(describeDocumentError(error, fileName)) };
      }
    },
    async readPlanFile(bytes, fileName) {
      const ext = extname(fileName).toLowerCase();
      if (ext === '.xls') return { ok: false, errors: [OLD_EXCEL] };
      if (ext === '.xlsx') {
        const result = await loadPlanWorkbookBuffer(Buffer.from(bytes), fileName);
        if (!result.ok) return { ok: false, errors: result.errors.map(issueText) };
        return { ok: true, plan: result.plan, warnings: result.warnings.map(issueText) };
      }
      let text: string;
      try {
        text = decodeTextDocument(bytes, fileName);
      } catch (error) {
        return { ok: false, errors: [toProblem(describeDocumentError(error, fileName))] };
      }
      const result = loadPlanText(text, fileName);
      if (!result.ok) return { ok: false, errors: result.errors.map(issueText) };
      return { ok: true, plan: result.plan, warnings: result.warnings.map(issueText) };
    },
  };
}

/** What the workbook highlights: a kept task is the committee's row, never one to review again. */
function reviewRows(file: PlanFile): ReviewRows {
  const rows = file.tasks.filter((task) => task.review);
  return { count: rows.length, notes: rows.flatMap((task) => task.review_notes ?? []) };
}

async function documentText(bytes: Buffer, fileName: string): Promise<string> {
  return checkDocumentText(await extractText(bytes, fileName), fileName);
}

async function extractText(bytes: Buffer, fileName: string): Promise<string> {
  const ext = extname(fileName).toLowerCase();
  if (ext === '.docx') return readDocx(checkDocxBytes(bytes, fileName));
  if (ext === '.pdf') return readPdf(checkPdfBytes(bytes, fileName), fileName);
  if (ext === '.doc') {
    throw new DocumentFileError(
      `Tệp "${fileName}" là tệp Word cũ (.doc), bot chưa đọc được. Hãy mở trong Word và lưu lại thành "Tài liệu Word (.docx)", rồi gửi lại.`,
      `${fileName} is an old Word .doc file; save it as .docx and send it again.`,
    );
  }
  return decodeTextDocument(bytes, fileName);
}

const OLD_EXCEL: PlanFileProblem = {
  message: 'Tệp .xls (Excel 97-2003) bot không đọc được. Hãy mở bằng Excel và lưu lại dạng "Sổ làm việc Excel (.xlsx)", rồi gửi lại.',
  messageEn: 'An .xls (Excel 97-2003) file cannot be read. Save it as an Excel workbook (.xlsx) and send it again.',
};

function toProblem(error: DocumentFileError): PlanFileProblem {
  return { message: error.message, messageEn: error.messageEn };
}

/** A YAML problem with its line; a workbook problem already names its sheet, row and column. */
function issueText(issue: PlanIssue): PlanFileProblem {
  if (issue.line === 0) return { message: issue.message, messageEn: issue.messageEn, ...(issue.missing && { missing: true }) };
  return { message: `Dòng ${issue.line}, cột ${issue.column}: ${issue.message}`, messageEn: `Line ${issue.line}, column ${issue.column}: ${issue.messageEn}` };
}
