import { describe, expect, it } from 'vitest';
import type { DraftPhase, DraftTask, DraftUnit, PlanDraft } from '../../../src/core/plan-draft/types.ts';
import { composeDraftSummary } from '../../../src/core/usecases/draft-plan-in-chat.ts';
import { draftToPlanFile } from '../../../src/plan-import/draft/draft-to-plan-file.ts';

const reviewable = { review: false, reviewNotes: [] };
const phase = (order: number, start: string, end: string): DraftPhase => ({
  ...reviewable,
  code: `GD${order}`,
  name: `Giai đoạn ${order}`,
  order,
  start,
  end,
  subPeriods: [],
  source: '',
});
const unit = (n: number): DraftUnit => ({ ...reviewable, code: `DV${n}`, name: `Phòng số ${n} huyện Hòa Lộc`, aliases: [], kind: 'department', mentions: 1 });
const task: DraftTask = { ...reviewable, code: 'NV01', title: 'Rà soát', body: '', source: '', section: '', lead: 'DV1', support: [] };

// a plan pasted into itself 330 times: 990 phases, 40 units, a title thousands of characters long
function floodedDraft(): PlanDraft {
  const phases = Array.from({ length: 990 }, (_, i) => phase(i + 1, '2025-03-01', i % 3 === 2 ? '2025-02-01' : '2025-06-30'));
  return {
    header: { review: false, reviewNotes: [], number: '31/KH-UBND', title: 'Rà soát đất công năm 2025 '.repeat(200) },
    units: Array.from({ length: 40 }, (_, i) => unit(i + 1)),
    groups: [],
    phases,
    // every unit takes part (the summary lists the units that take a task)
    tasks: [{ ...task, support: Array.from({ length: 39 }, (_, i) => `DV${i + 2}`) }],
    criteria: [],
  };
}

describe('the draft summary stays one short message however large the draft', () => {
  const summary = composeDraftSummary(floodedDraft(), 'kh.docx', 'kh-kiem-tra.xlsx', 'vi');

  it('lists a few phases and units, then how many more, and cuts a runaway title', () => {
    expect(summary.length).toBeLessThan(2_000);
    expect(summary).toContain('• Giai đoạn (990): Giai đoạn 1 (01/03/2025–30/06/2025); ');
    expect(summary).toContain('và 984 giai đoạn khác (xem sheet Giai đoạn trong bảng)');
    expect(summary).toContain('• Đơn vị (40): Phòng số 1 huyện Hòa Lộc, ');
    expect(summary).toContain(', và 28 đơn vị khác');
    expect(summary).toContain('…');
  });

  it('a phase that ends before it starts is flagged, not shown as a span', () => {
    expect(summary).toContain('Giai đoạn 3 (⚠️ ngày kết thúc 01/02/2025 trước ngày bắt đầu 01/03/2025, cần kiểm tra)');
    expect(summary).not.toContain('01/03/2025–01/02/2025');
  });

  it('and is marked for review in the workbook with its reason', () => {
    const draft = floodedDraft();
    const phases = (draftToPlanFile({ ...draft, phases: draft.phases.slice(0, 3) }) as { phases: { review?: boolean; review_notes?: string[] }[] }).phases;
    expect(phases.map((p) => p.review ?? false)).toEqual([false, false, true]);
    expect(phases[2]?.review_notes).toEqual(['Ngày kết thúc đọc được trước ngày bắt đầu; cần sửa lại ngày của giai đoạn.']);
  });
});
