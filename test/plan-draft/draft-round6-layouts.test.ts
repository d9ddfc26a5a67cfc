import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { HEAD, helpers } from './support/round3.ts';

// Texts written for these tests (round 6 of the drafter): roles in a closing bracket, units in
// capitals opening a bullet, duties set off by an event, a table flattened with em dashes.

describe('a duty closed by "(Cơ quan chủ trì: …; phối hợp: …; thời gian: …)"', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. NHIỆM VỤ',
      '1. Lập danh mục đất công chưa đưa vào sử dụng (Cơ quan chủ trì: Phòng Tài nguyên và Môi trường; phối hợp: Phòng Tài chính - Kế hoạch, UBND các xã; thời gian: quý II/2025).',
      '2. Cắm mốc ranh giới các khu đất công',
      '(Cơ quan chủ trì: UBND các xã, thị trấn; phối hợp: Phòng Tài nguyên và Môi trường; thời gian: trước ngày 30/9/2025).',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('takes the lead, the support and the time from the bracket, on the same line or the next', () => {
    const list = by('Lập danh mục đất công');
    expect(name(list?.lead)).toBe('Phòng Tài nguyên và Môi trường');
    expect(list?.support.map(name)).toContain('Phòng Tài chính - Kế hoạch');
    expect(list?.deadline?.due).toBe('2025-06-30');
    expect(list?.title).not.toContain('Cơ quan chủ trì');
    expect(name(by('Cắm mốc ranh giới')?.lead)).toBe('UBND các xã, thị trấn');
    expect(by('Cắm mốc ranh giới')?.deadline?.due).toBe('2025-09-29');
  });

  it('makes no task of the bracket', () => {
    expect(draft.tasks).toHaveLength(2);
  });
});

describe('bullets that open with their unit in capitals', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'Chủ tịch UBND huyện yêu cầu:',
      '- PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG: Rà soát hồ sơ giao đất công, hoàn thành trước ngày 15/5/2025.',
      '- CÔNG AN HUYỆN: Xử lý các trường hợp lấn chiếm đất công theo thẩm quyền.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads the capitals as the unit that leads the bullet', () => {
    expect(name(by('hồ sơ giao đất công')?.lead)?.toLowerCase()).toBe('phòng tài nguyên và môi trường');
    expect(by('hồ sơ giao đất công')?.deadline?.due).toBe('2025-05-14');
    expect(name(by('lấn chiếm đất công')?.lead)?.toLowerCase()).toMatch(/^công an huyện/);
  });
});

describe('a duty set off by an event after another duty in the same paragraph', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. NHIỆM VỤ',
      '1. Công an huyện bố trí lực lượng bảo vệ các khu đất công trọng điểm; phân luồng, chốt chặn khi có tranh chấp đông người.',
      '2. Phòng Tài nguyên và Môi trường kiểm tra hiện trạng đất công trước ngày 30/4/2025; báo cáo UBND huyện trong vòng 24 giờ sau mỗi vụ lấn chiếm.',
      '3. UBND các xã quản lý chặt chẽ đất công ích; chỉ cho thuê khi có ý kiến của UBND huyện.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('makes the event-driven work a task of its own, with the same lead and no deadline', () => {
    const divert = draft.tasks.find((t) => t.title.includes('chốt chặn'));
    expect(divert).toBeDefined();
    expect(divert?.source).not.toContain('bố trí lực lượng');
    expect(name(divert?.lead)).toMatch(/^Công an huyện/);
    const report = draft.tasks.find((t) => t.source.startsWith('báo cáo UBND huyện trong vòng'));
    expect(report?.deadline).toBeUndefined();
    expect(by('kiểm tra hiện trạng')?.deadline?.due).toBe('2025-04-29');
  });

  it('keeps a restriction ("chỉ cho thuê khi …") with its duty', () => {
    expect(by('quản lý chặt chẽ đất công ích')?.source).toContain('chỉ cho thuê');
  });
});

describe('a table flattened into lines with em dashes between cells', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. NHIỆM VỤ',
      'STT — Nội dung nhiệm vụ — Đơn vị chủ trì — Đơn vị phối hợp — Thời gian hoàn thành',
      'I — KIỂM KÊ',
      '1 — Kiểm kê đất công do xã quản lý — UBND các xã — Phòng Tài nguyên và Môi trường — Quý II/2025',
      '2 — Tổng hợp số liệu kiểm kê toàn huyện — Phòng Tài nguyên và Môi trường — — Tháng 8/2025',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads each row as a duty with its lead and time, the group row as none', () => {
    expect(draft.tasks).toHaveLength(2);
    expect(name(by('Kiểm kê đất công do xã')?.lead)).toBe('UBND các xã');
    expect(by('Kiểm kê đất công do xã')?.deadline?.due).toBe('2025-06-30');
    expect(name(by('Tổng hợp số liệu kiểm kê')?.lead)).toBe('Phòng Tài nguyên và Môi trường');
    expect(by('Tổng hợp số liệu kiểm kê')?.deadline?.due).toBe('2025-08-31');
  });
});
