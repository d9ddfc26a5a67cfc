import { describe, expect, it } from 'vitest';
import { readReply } from '../../../src/core/replies/read-reply.ts';
import { REPLY_CONFIDENCE_THRESHOLD, type ReplyStatus } from '../../../src/core/replies/types.ts';

/**
 * The strict guard (issue 16, round 4): a completion word beside any doubt marker is never stored as
 * done; the bot asks with buttons (confidence below the threshold), with its best other reading.
 */
const ASKED: Record<string, ReadonlyArray<readonly [string, ReplyStatus]>> = {
  hedge: [
    ['Chắc là bên em nộp rồi anh', 'in_progress'],
    ['Hình như đã hoàn tất rồi đó chị', 'in_progress'],
    ['Tạm xong rồi, em soát lại sau', 'in_progress'],
    ['Xong rồi á, chắc vậy', 'in_progress'],
  ],
  condition: [
    ['Nếu tối nay có điện thì xong anh', 'in_progress'],
    ['Miễn chủ tịch ký là hoàn thành thôi', 'blocked'],
  ],
  'finish ahead': [
    ['Sáng mai là nộp xong hết rồi anh', 'in_progress'],
    ['Tối nay em gửi là xong nha', 'in_progress'],
    ['Xong liền nha anh, đợi em chút', 'in_progress'],
  ],
  'negation near the done word': [
    ['Chưa xong hẳn đâu chị', 'in_progress'],
    ['Không dám chắc là xong anh ạ', 'in_progress'],
    ['Hổng phải xong rồi đâu anh', 'in_progress'],
  ],
  'numbered part': [
    ['Đợt 2 đã hoàn thành rồi ạ', 'in_progress'],
    ['Giai đoạn một xong rồi anh', 'in_progress'],
  ],
  "someone else's word": [
    ['Cô hiệu phó báo trường đã làm xong', 'none'],
    ['Kế toán xã xác nhận đã nộp rồi', 'none'],
  ],
  question: [
    ['Đã nộp rồi sao anh', 'none'],
    ['Xong rồi phải không chị', 'none'],
    ['Hoàn thành rồi đúng không anh', 'none'],
  ],
};

describe('a done beside a doubt marker becomes a low-confidence ask', () => {
  for (const [marker, cases] of Object.entries(ASKED)) {
    it.each(cases)(`${marker}: %j`, (text, status) => {
      const reading = readReply(text);
      expect(reading.status).toBe(status);
      // Withdrawn by the guard: asked about; read otherwise by the rules before it: not done either way.
      if (reading.reasons.some((reason) => reason.startsWith('guard:'))) expect(reading.confidence).toBeLessThan(REPLY_CONFIDENCE_THRESHOLD);
    });
  }
});

describe('plain first-person completions stay done', () => {
  it.each([
    'Dạ em làm xong rồi ạ',
    'Đã hoàn thành, không phát sinh vướng mắc',
    'Bên em nộp đủ rồi, không thiếu hộ nào',
    'Đã tổ chức xong buổi tuyên truyền tại khu phố 4',
    'Đã xong "lập danh sách" rồi anh',
    'Bên Hội Nông dân báo đang làm, bên em thì đã xong rồi',
    'Việc này xong rồi ạ, còn việc thu quỹ em đang làm',
    'Hôm qua chưa xong, nay đã xong hết rồi',
  ])('%j is done', (text) => {
    expect(readReply(text)).toMatchObject({ status: 'done', percent: 100 });
  });
});
