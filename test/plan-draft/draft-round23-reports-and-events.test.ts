import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 23 of the drafter): reports of two periods with their own days, event statements and
// propaganda topics that are no duties, an anniversary's span, a countdown to an event stated at the end, "định kỳ tháng M/Y".

const HEAD = ['ỦY BAN NHÂN DÂN', 'HUYỆN BÌNH LỘC', 'Số: 15/KH-UBND', 'Bình Lộc, ngày 08 tháng 01 năm 2029', 'KẾ HOẠCH', 'Công tác văn hóa năm 2029'];

describe('reports of two periods, each with its day but no year', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'I. NHIỆM VỤ',
      '1. Phòng Văn hóa và Thông tin',
      '- Kiểm tra hoạt động các điểm karaoke theo quý; gửi kết quả về Ủy ban nhân dân huyện trước ngày 15 tháng cuối quý.',
      '- Báo cáo kết quả phong trào văn hóa định kỳ 6 tháng (trước ngày 12/6) và năm (trước ngày 12/11) về Sở Văn hóa, Thể thao và Du lịch.',
      '- Tổng hợp, báo cáo Ủy ban nhân dân tỉnh định kỳ 6 tháng trước ngày 16/6 và năm trước ngày 04/12.',
    ].join('\n'),
  );
  const { by } = helpers(draft);

  it('drafts one half-yearly report, not one dated task per period', () => {
    expect(draft.tasks.filter((t) => t.source.includes('phong trào văn hóa'))).toHaveLength(1);
    expect(by('phong trào văn hóa')?.deadline).toMatchObject({ kind: 'recurrence', recurrence: { frequency: 'half_yearly', dueDay: 11 } });
    expect(draft.tasks.filter((t) => t.source.includes('Ủy ban nhân dân tỉnh'))).toHaveLength(1);
    expect(by('Ủy ban nhân dân tỉnh')?.deadline?.recurrence?.frequency).toBe('half_yearly');
  });

  it('keeps the work of each quarter and the result it sends by a day of that quarter as one duty', () => {
    expect(draft.tasks.filter((t) => t.source.includes('karaoke'))).toHaveLength(1);
    expect(by('karaoke')?.deadline).toMatchObject({ kind: 'recurrence', recurrence: { frequency: 'quarterly' } });
    expect(by('karaoke')?.deadline?.recurrence?.dueDay).toBeDefined();
  });
});

describe('events, topics and stage intros that are no duties', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'I. NỘI DUNG TUYÊN TRUYỀN',
      '1. Lịch sử Đảng bộ huyện từ khi thành lập (tháng 3/1947) đến nay.',
      '2. Những thành tựu sau 40 năm đổi mới (1986 - 2026).',
      'II. HOẠT ĐỘNG',
      'Các hoạt động chia làm 02 đợt:',
      '1. Lễ khai mạc Tuần Văn hóa tổ chức vào 08 giờ 00 ngày 12/3/2029 tại Quảng trường huyện. Phòng Văn hóa và Thông tin chuẩn bị kịch bản, hoàn thành trước ngày 05/3/2029.',
      '2. Chương trình nghệ thuật "Bình Lộc quê tôi" tối ngày 13/3/2029 tại Nhà Văn hóa huyện.',
      '3. Hội nghị tổng kết tổ chức 01 buổi, dự kiến vào tuần cuối tháng 3/2029, tại Hội trường huyện.',
      '4. Trung tâm Văn hóa huyện phối hợp tổ chức triển lãm ảnh kỷ niệm 82 năm Ngày thành lập huyện (15/3/1947 - 15/3/2029), tổ chức ngày 14/3/2029.',
    ].join('\n'),
  );
  const { by } = helpers(draft);

  it('drafts no task from the topics, the stage intro, the show or the expected conference', () => {
    expect(by('Lịch sử Đảng bộ')).toBeUndefined();
    expect(by('40 năm đổi mới')).toBeUndefined();
    expect(by('chia làm 02 đợt')).toBeUndefined();
    expect(by('Chương trình nghệ thuật')).toBeUndefined();
    expect(by('Hội nghị tổng kết')).toBeUndefined();
  });

  it('drafts the duty after an event statement, and only it', () => {
    expect(by('chuẩn bị kịch bản')?.deadline?.due).toBe('2029-03-04');
    expect(draft.tasks.some((t) => /^Lễ khai mạc/u.test(t.source))).toBe(false);
  });

  it('reads no deadline from an anniversary span', () => {
    expect(by('triển lãm ảnh')?.deadline?.due).toBe('2029-03-14');
  });
});

describe('a countdown to an event stated at the end, and a meeting of one month', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'I. NHIỆM VỤ',
      '1. Ban Chỉ huy Quân sự huyện',
      '- Phát lệnh gọi nhập ngũ cho công dân ít nhất 12 ngày trước ngày giao quân.',
      '2. Ủy ban nhân dân các xã, thị trấn',
      '- Quán triệt Kế hoạch này tại cuộc giao ban định kỳ tháng 01/2029.',
      'II. THỜI GIAN GIAO QUÂN',
      'Lễ giao nhận quân của huyện tổ chức vào 07 giờ 00 ngày 20/02/2029 tại Quảng trường huyện.',
    ].join('\n'),
  );
  const { by } = helpers(draft);

  it('counts the days back from the event day stated below', () => {
    expect(by('Phát lệnh gọi nhập ngũ')?.deadline?.due).toBe('2029-02-08');
  });

  it('reads "định kỳ tháng 01/2029" as that month', () => {
    expect(by('Quán triệt')?.deadline?.kind).not.toBe('recurrence');
    expect(by('Quán triệt')?.deadline?.due).toBe('2029-01-31');
  });
});
