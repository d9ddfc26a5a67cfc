import { parseArgs } from 'node:util';
import { formatConfigProblems, loadConfig } from '../config/config.ts';
import { PlanCodeClashError } from '../core/model/plan-code-clash-error.ts';
import { describePlanDiff } from '../core/plans/describe-plan-diff.ts';
import type { ImportSummary } from '../core/ports/plan-store.ts';
import { notifyReimportChanges } from '../core/usecases/notify-reimport-changes.ts';
import { refreshImportedCards } from '../core/usecases/refresh-task-cards.ts';
import { activatePlan } from '../core/usecases/activate-plan.ts';
import { formatDateVi } from '../core/time/zone.ts';
import { openDatabase } from '../db/open-database.ts';
import { createStores } from '../db/stores.ts';
import { loadPlanFile } from '../plan-import/load-plan-file.ts';
import { formatIssue } from './plan-lint-command.ts';

const USAGE = 'Cách dùng: dieuphoi plan import <tệp.yaml|tệp.xlsx> [--activate]';

/**
 * `dieuphoi plan import <file.yaml|file.xlsx>`: prints the difference from the stored plan, then imports; idempotent by plan number and task code. A re-import updates
 * changed tasks (reports kept), audits moved deadlines and archives tasks no longer in the file.
 */
export async function runPlanImportCommand(
  argv: string[],
  out: (line: string) => void,
  env: Record<string, string | undefined> = process.env,
  now: () => Date = () => new Date(),
): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch {
    out(USAGE);
    return 2;
  }
  const file = parsed.positionals[0];
  if (!file || parsed.positionals.length > 1) {
    out(USAGE);
    return 2;
  }
  const loaded = loadConfig(env);
  if (!loaded.ok) {
    out(formatConfigProblems(loaded.problems));
    return 2;
  }
  const result = await loadPlanFile(file);
  if (!result.ok) {
    for (const issue of result.errors) out(formatIssue(issue));
    if (result.errors.some((issue) => issue.missing)) out('Thiếu sheet hoặc cột: tải lại mẫu bằng "dieuphoi plan draft <văn bản kế hoạch> --xlsx <tệp.xlsx>".');
    out(`${file}: ${result.errors.length} lỗi — chưa nhập gì. Sửa tệp rồi chạy lại.`);
    return 1;
  }
  const db = await openDatabase(loaded.config.DATABASE_URL);
  try {
    const stores = createStores(db);
    for (const line of describePlanDiff(await stores.plans.previewImport(result.plan))) out(line);
    const actor = { id: 'cli', name: 'dieuphoi plan import' };
    const at = now();
    let summary: ImportSummary;
    try {
      summary = await stores.plans.importPlan(result.plan, { actor, at, sourceFile: file });
    } catch (error) {
      if (!(error instanceof PlanCodeClashError)) throw error;
      out(`${error.message} Chưa nhập gì.`);
      return 1;
    }
    out(
      `${summary.isNewPlan ? 'Đã nhập' : 'Đã cập nhật'} kế hoạch ${summary.planNumber}: ${summary.created.length} nhiệm vụ mới, ` +
        `${summary.updated.length} thay đổi, ${summary.archived.length} lưu trữ, ${summary.unchanged} giữ nguyên.`,
    );
    for (const change of summary.deadlineChanges) {
      const from = change.from ? formatDateVi(change.from) : '—';
      const to = change.to ? formatDateVi(change.to) : '—';
      out(`  • ${change.code}: hạn ${from} → ${to} (đã ghi nhật ký)`);
    }
    if (summary.archived.length > 0) out(`  • Lưu trữ (không xóa): ${summary.archived.join(', ')}`);
    if (parsed.values.activate) {
      const { queued } = await activatePlan(
        { stores, outbox: stores.outbox },
        {
          planId: summary.planId,
          actor,
          now: at,
          order: result.plan.tasks.map((task) => task.code),
        },
      );
      out(`Kế hoạch đã được kích hoạt; ${queued} tin nhiệm vụ đã xếp hàng cho các nhóm đơn vị đã kết nối (bot gửi khi chạy).`);
    }
    // Cards already in the unit groups of tasks this import changed or archived are edited to match.
    const refreshed = await refreshImportedCards({ stores, outbox: stores.outbox }, { summary, now: at });
    const told = await notifyReimportChanges({ stores, outbox: stores.outbox }, { summary, now: at });
    if (told > 0) out(`${told} nhóm đơn vị sẽ được báo hạn hoặc phân công đã đổi (bot gửi khi chạy).`);
    if (refreshed > 0) out(`Thẻ của ${refreshed} nhiệm vụ trong các nhóm đơn vị sẽ được cập nhật theo kế hoạch mới (bot sửa khi chạy).`);
    return 0;
  } finally {
    await db.close();
  }
}

function parse(argv: string[]) {
  return parseArgs({ args: argv, allowPositionals: true, options: { activate: { type: 'boolean', default: false } } });
}
