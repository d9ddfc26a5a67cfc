import { describe, expect, it } from 'vitest';
import type { ExtensionRequestRecord } from '../../../src/core/ports/extension-store.ts';
import { confirmCompletion } from '../../../src/core/usecases/confirm-completion.ts';
import { decideExtension } from '../../../src/core/usecases/decide-extension.ts';
import type { WorkflowPorts } from '../../../src/core/usecases/ports.ts';
import { reportStatus } from '../../../src/core/usecases/report-status.ts';
import { resolveBlocker } from '../../../src/core/usecases/resolve-blocker.ts';
import { returnTask } from '../../../src/core/usecases/return-task.ts';
import { undoReport } from '../../../src/core/usecases/undo-report.ts';
import { vietnamInstant } from '../../../src/core/time/zone.ts';
import { MemoryWorkflow, STEERING, unitChat } from '../status/memory-workflow.ts';

const at = vietnamInstant(2023, 3, 1, 9, 0);
const secretary = { id: 'telegram:1001', name: 'Thư ký' };
const archivedRefusal = { ok: false, refusal: 'refuse.task_archived', params: { code: 'T1', plan: '01/KH-BCĐ', date: '01/03/2023' } };

/** Task T1 (lead: unit 1, support: unit 2) reported done by its lead and blocked by its support, then archived. */
async function archivedWorkflow() {
  const flow = new MemoryWorkflow([{ lead: 1, supports: [2], due: vietnamInstant(2023, 3, 31, 23, 59) }], at);
  const ports = flow.ports();
  const report = (unitId: number, status: 'done' | 'blocked') =>
    reportStatus(ports, {
      task: flow.tasks.get(1)!,
      unitId,
      reporter: { id: `u${unitId}`, name: null },
      status,
      percent: null,
      note: status === 'blocked' ? 'thiếu kinh phí' : null,
      channel: 'command',
      chat: unitChat(unitId),
      sourceMessageId: null,
      now: at,
    });
  await report(2, 'blocked');
  await report(1, 'done');
  flow.tasks.set(1, { ...flow.tasks.get(1)!, archivedAt: at });
  return { flow, ports };
}

describe('secretariat decisions and undo refuse an archived task, as reports do', () => {
  const secretariat = { chat: STEERING, isSecretariat: true, actor: secretary, now: at };

  it.each([
    ['confirm', (ports: WorkflowPorts) => confirmCompletion(ports, { taskId: 1, ...secretariat })],
    ['return', (ports: WorkflowPorts) => returnTask(ports, { taskId: 1, reason: 'thiếu biên bản', ...secretariat })],
    ['resolve blocker', (ports: WorkflowPorts) => resolveBlocker(ports, { taskId: 1, note: null, ...secretariat })],
    ['undo', (ports: WorkflowPorts) => undoReport(ports, { reportId: 2, chat: unitChat(1), actor: { id: 'u1', name: null }, now: at })],
  ])('%s: the archived refusal, no report appended', async (_name, act) => {
    const { flow, ports } = await archivedWorkflow();
    const before = { reports: flow.reports.length, task: flow.tasks.get(1) };
    expect(await act(ports)).toEqual(archivedRefusal);
    expect({ reports: flow.reports.length, task: flow.tasks.get(1) }).toEqual(before);
  });

  it('extension decision: refused before the request is decided', async () => {
    const { ports } = await archivedWorkflow();
    const request: ExtensionRequestRecord = {
      id: 7,
      taskId: 1,
      unitId: 1,
      requestedDueAt: vietnamInstant(2023, 4, 30, 23, 59),
      reason: 'chờ kinh phí',
      requestedBy: 'u1',
      status: 'pending',
      decidedBy: null,
      decidedAt: null,
      decisionNote: null,
      steeringMessageId: null,
      createdAt: at,
    };
    const decided: number[] = [];
    const extensions = {
      getRequest: async () => request,
      decide: async (id: number) => {
        decided.push(id);
        return { ...request, status: 'approved' as const, decidedAt: at, decidedBy: secretary.id };
      },
    };
    const withExtensions = { ...ports, stores: { ...ports.stores, extensions } } as unknown as WorkflowPorts;
    expect(await decideExtension(withExtensions, { requestId: 7, approve: true, note: null, ...secretariat })).toEqual(archivedRefusal);
    expect(decided).toEqual([]);
  });
});
