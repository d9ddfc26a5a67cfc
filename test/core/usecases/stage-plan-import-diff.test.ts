import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../src/core/plan/plan-model.ts';
import type { PlanTaskDiff, TaskChange } from '../../../src/core/plans/diff-plan-tasks.ts';
import type { PlanFiles } from '../../../src/core/ports/plan-files.ts';
import { type StagePlanImportPorts, stagePlanImport } from '../../../src/core/usecases/stage-plan-import.ts';

function portsPreviewing(diff: PlanTaskDiff): StagePlanImportPorts {
  const plan = { number: '45/KH-BCĐ', title: 'Chuyển hoá Phường 5', tasks: [] } as unknown as Plan;
  const planFiles: PlanFiles = {
    kindOf: () => 'plan',
    draftFromDocument: async () => ({ ok: false, problem: { message: '', messageEn: '' } }),
    readPlanFile: async () => ({ ok: true, plan, warnings: [] }),
  };
  const stores = {
    plans: { previewImport: async () => ({ planNumber: plan.number, isNewPlan: false, diff }), readStoredPlan: async () => null },
    pendingPlanImports: { remember: async () => 7 },
  } as unknown as StagePlanImportPorts['stores'];
  return { planFiles, stores };
}

const input = { bytes: new Uint8Array(), fileName: 'ke-hoach-sua.xlsx', chatId: 1, userId: 'u', now: new Date(0), locale: 'vi' as const };
const codes = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${i + 1}`);
const change = (code: string): TaskChange =>
  ({ id: 1, code, fields: {}, changed: ['title'], deadlineChanged: false, oldDueAt: null, roles: [], oldRoles: [] }) as unknown as TaskChange;

describe('the difference of a large file stays one message', () => {
  it('each bucket names at most 20 tasks, then "và N nhiệm vụ khác"; the whole list is attached', async () => {
    const diff: PlanTaskDiff = {
      create: codes('Z', 1_990).map((code) => ({ code, fields: {} as never, roles: [] })),
      update: codes('C', 300).map(change),
      archive: codes('A', 45).map((code, id) => ({ id, code })),
      unchanged: 3,
    };
    const message = await stagePlanImport(portsPreviewing(diff), input);
    expect(message.html.length).toBeLessThan(2_000);
    expect(message.html).toContain('+ Mới (1990): Z-1, Z-2,');
    expect(message.html).toContain('Z-20 và 1970 nhiệm vụ khác');
    expect(message.html).not.toContain('Z-21');
    expect(message.html).toContain('… và 280 nhiệm vụ khác');
    expect(message.html).toContain('A-20 và 25 nhiệm vụ khác');
    expect(message.html).toContain('Danh sách đầy đủ các thay đổi trong tệp “ke-hoach-sua-thay-doi.txt” đính kèm.');
    const [list] = message.attachments ?? [];
    expect(list).toMatchObject({ kind: 'document', fileName: 'ke-hoach-sua-thay-doi.txt' });
    const text = new TextDecoder().decode(list?.bytes);
    expect(text).toContain('Z-1990');
    expect(text).toContain('C-300: tên nhiệm vụ');
    expect(text).toContain('A-45');
  });

  it('a small difference: everything in the message, nothing attached', async () => {
    const diff: PlanTaskDiff = { create: [{ code: 'P5-09', fields: {} as never, roles: [] }], update: [], archive: [], unchanged: 40 };
    const message = await stagePlanImport(portsPreviewing(diff), input);
    expect(message.html).toContain('+ Mới (1): P5-09');
    expect(message.html).not.toContain('nhiệm vụ khác');
    expect(message.attachments).toBeUndefined();
  });
});
