import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 20 of the drafter): duties due some days before an event, inside their own sentence.

const HEAD = ['UBND HUYỆN HÒA LỘC', 'Số: 12/KH-UBND', 'Hòa Lộc, ngày 05 tháng 3 năm 2029', 'KẾ HOẠCH', 'Tổ chức Lễ hội Đền Thượng năm 2029'];

describe('a duty due N days before an event whose day the document gives', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'I. THỜI GIAN',
      'Lễ hội khai mạc vào ngày 20/4/2029 tại Đền Thượng, diễn ra trong 03 ngày.',
      'II. NHIỆM VỤ',
      '1. Phòng Văn hóa và Thông tin',
      '- Xây dựng kịch bản khai mạc, trình UBND huyện trước lễ hội 15 ngày.',
      '- Treo băng rôn tuyên truyền chậm nhất 05 ngày trước ngày khai mạc.',
      '- Tổng hợp kết quả, báo cáo UBND huyện trong vòng 07 ngày sau ngày bế mạc.',
      '2. Công an huyện',
      'Xây dựng phương án bảo đảm an ninh, hoàn thành trước lễ hội 07 ngày; phối hợp Ban Quản lý di tích phân luồng giao thông trong những ngày diễn ra lễ hội.',
    ].join('\n'),
  );
  const { by } = helpers(draft);

  it('is due that many days before the stated day, flagged as computed', () => {
    expect(by('kịch bản khai mạc')?.deadline?.due).toBe('2029-04-05');
    expect(by('băng rôn')?.deadline?.due).toBe('2029-04-15');
    expect(by('kịch bản khai mạc')?.reviewNotes.join(' ')).toContain('Hạn tính từ ngày diễn ra sự kiện');
  });

  it('counts "sau ngày bế mạc" from the last day of an event that lasts some days', () => {
    expect(by('Tổng hợp kết quả')?.deadline?.due).toBe('2029-04-29');
  });

  it('keeps the countdown with its own clause when the item holds another duty after ";"', () => {
    expect(by('phương án bảo đảm an ninh')?.deadline?.due).toBe('2029-04-13');
    expect(by('phân luồng giao thông')?.deadline).toBeUndefined();
  });
});

describe('a duty due N days before an event whose day is still to come', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'I. NHIỆM VỤ',
      'Hội nghị tổng kết do UBND huyện chủ trì, thời gian cụ thể sẽ thông báo sau.',
      '1. Phòng Văn hóa và Thông tin chuẩn bị báo cáo tổng kết, gửi UBND huyện trước Hội nghị 10 ngày.',
      '2. Văn phòng HĐND và UBND huyện chuẩn bị hội trường chậm nhất 02 ngày trước ngày tổ chức Hội nghị.',
    ].join('\n'),
  );
  const { by } = helpers(draft);

  it('gets no date, says why, and the statement about the event is no task', () => {
    const report = by('báo cáo tổng kết');
    expect(report?.deadline).toBeUndefined();
    expect(report?.reviewNotes.join(' ')).toContain('văn bản chưa nêu ngày đó');
    expect(by('hội trường')?.reviewNotes.join(' ')).toContain('văn bản chưa nêu ngày đó');
    expect(draft.tasks).toHaveLength(2);
  });
});
