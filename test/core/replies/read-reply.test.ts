import { describe, expect, it } from 'vitest';
import { readReply } from '../../../src/core/replies/read-reply.ts';
import { REPLY_CONFIDENCE_THRESHOLD } from '../../../src/core/replies/types.ts';

describe('readReply', () => {
  it.each([
    ['đã xog', 'done', 100],
    ['xong r', 'done', 100],
    ['ok da hoan thanh', 'done', 100],
    ['HOÀN THÀNH', 'done', 100],
    ['đã nộp báo cáo', 'done', 100],
    ['hoanf thanhf roif', 'done', 100],
    ['hoa2n tha2nh', 'done', 100],
    ['100%', 'done', 100],
    ['ht 80%', 'in_progress', 80],
    ['được 80 phần trăm', 'in_progress', 80],
    ['Tiến độ: 50', 'in_progress', 50],
    ['đạt 62,5%', 'in_progress', 63],
    ['Đã rà soát 45/60 hộ', 'in_progress', 75],
    ['dang lam', 'in_progress', null],
    ['đã triển khai', 'in_progress', null],
    ['Tiến độ 0%', 'not_started', 0],
    ['chưa bắt đầu', 'not_started', null],
    ['vướng kinh phí', 'blocked', null],
    ['xin gia hạn đến 15/12', 'blocked', null],
  ] as const)('reads %j as %s (%s%%)', (text, status, percent) => {
    const reading = readReply(text);
    expect(reading).toMatchObject({ status, percent, kind: 'report' });
    expect(reading.confidence).toBeGreaterThanOrEqual(REPLY_CONFIDENCE_THRESHOLD);
  });

  it.each([
    'chưa hoàn thành',
    'chưa xong',
    'chua xong',
    'không hoàn thành được',
    'chưa đạt 100%',
    'sắp xong',
    'sẽ hoàn thành trước 20/12',
    'Phấn đấu hoàn thành 100%',
  ])('never reads the negated or future %j as done', (text) => {
    expect(readReply(text).status).not.toBe('done');
  });

  it('reads the rest of a negated reply: "chưa xong, đang làm 60%"', () => {
    expect(readReply('chưa xong, đang làm 60%')).toMatchObject({ status: 'in_progress', percent: 60 });
  });

  it('keeps the blocker reason in the note, in the original text', () => {
    const reading = readReply('  Chưa triển khai được   do thiếu người  ');
    expect(reading).toMatchObject({ status: 'blocked', note: 'Chưa triển khai được do thiếu người' });
  });

  it('does not take "không có vướng mắc" or a report form\'s "Khó khăn: không" for a blocker', () => {
    expect(readReply('Đã hoàn thành, không có vướng mắc').status).toBe('done');
    expect(readReply('Đã hoàn thành. Khó khăn, vướng mắc: Không.').status).toBe('done');
  });

  it.each(['xong chưa anh?', 'khi nào hạn?', 'đã hoàn thành chưa ạ', 'cần báo cáo gì ạ?', 'có cần gửi bản giấy không ạ', 'đã triển khai chưa mọi người'])(
    'reads the question %j as no report',
    (text) => {
      expect(readReply(text)).toMatchObject({ status: 'none', kind: 'question', percent: null });
    },
  );

  it.each([
    'đã nhận',
    'đã rõ',
    'đã tiếp nhận',
    'nhận nhiệm vụ',
    'ok anh',
    'vâng ạ',
    'dạ em nhận',
    '👍',
    'để em xem',
    'để em kiểm tra lại',
    'Đã nhận, đơn vị sẽ triển khai thực hiện.',
  ])('reads the acknowledgement %j as no report', (text) => {
    expect(readReply(text)).toMatchObject({ status: 'none', kind: 'acknowledgement' });
  });

  it('reads chit-chat as unclear with low confidence', () => {
    const reading = readReply('haha');
    expect(reading).toMatchObject({ status: 'none', kind: 'unclear' });
    expect(reading.confidence).toBeLessThan(REPLY_CONFIDENCE_THRESHOLD);
  });

  it('is unsure when a reply says done and blocked at once', () => {
    const reading = readReply('đã xong nhưng còn vướng hồ sơ của 2 hộ');
    expect(reading.status).toBe('blocked');
    expect(reading.confidence).toBeLessThan(REPLY_CONFIDENCE_THRESHOLD);
  });

  it('reads a report that also asks, a little less sure', () => {
    const plain = readReply('đang làm được 50%');
    const asking = readReply('đang làm được 50%, anh cần gấp không?');
    expect(asking).toMatchObject({ status: 'in_progress', percent: 50, kind: 'report' });
    expect(asking.confidence).toBeLessThan(plain.confidence);
    expect(asking.reasons).toContain('also_asks');
  });

  it('asks about a done that comes with a question instead of storing it', () => {
    const asking = readReply('dạ xong rồi, anh kiểm tra giúp em nhé?');
    expect(asking.status).not.toBe('done');
    expect(asking.confidence).toBeLessThan(REPLY_CONFIDENCE_THRESHOLD);
    expect(asking.reasons).toContain('guard:question');
  });

  it('normalises the note to NFC', () => {
    const decomposed = 'đã xong'.normalize('NFD');
    expect(readReply(decomposed).note).toBe('đã xong'.normalize('NFC'));
  });
});
