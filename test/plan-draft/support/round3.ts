import type { PlanDraft } from '../../../src/core/plan-draft/types.ts';

/** A district plan's header for the round-3 drafter tests (texts written for these tests). */
export const HEAD = ['ỦY BAN NHÂN DÂN', 'HUYỆN HÒA LỘC', 'Số: 31/KH-UBND', 'Hòa Lộc, ngày 12 tháng 02 năm 2025', 'KẾ HOẠCH', 'Kiểm kê đất công năm 2025'];

export const helpers = (draft: PlanDraft) => ({
  by: (part: string) => draft.tasks.find((t) => t.source.includes(part)),
  name: (code?: string) => [...draft.units, ...draft.groups].find((u) => u.code === code)?.name,
});
