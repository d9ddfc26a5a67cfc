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

describe('the polite "dạ" is not "đã" (both fold to "da")', () => {
  it.each([
    ['Dạ báo cáo anh, bên em đang làm được 30%', 'in_progress'],
    ['Dạ báo cáo chị, hiện đang chờ phường ký', 'blocked'],
    ['Dạ gửi anh file danh sách ạ', 'none'],
    ['Dạ báo cáo anh', 'none'],
  ] as const)('%j is %s', (text, status) => {
    expect(readReply(text).status).toBe(status);
  });

  it('still reads "đã" and a "dạ" before a done as done', () => {
    expect(readReply('Đã báo cáo anh rồi').status).toBe('done');
    expect(readReply('Dạ, em đã nộp rồi ạ').status).toBe('done');
  });
});

describe('work left, a counterfactual or a forwarded message beside a done', () => {
  it.each([
    ['Đã xong hết, trừ 3 hộ chưa gặp', 'in_progress'],
    ['Xong rồi anh, mấy tổ vùng ven em chưa đi', 'in_progress'],
    ['Lẽ ra hôm qua đã xong rồi', 'in_progress'],
    ['Fwd: đã hoàn thành 100%', 'none'],
    ['Theo anh Hải thì bên kia làm xong rồi', 'none'],
    ['Tháng này là hoàn thành anh ạ', 'in_progress'],
  ] as const)('%j is %s', (text, status) => {
    expect(readReply(text).status).toBe(status);
  });

  it('does not count "không phát hiện vi phạm" or "lễ ra mắt" as doubts', () => {
    expect(readReply('Đã kiểm tra xong, không phát hiện vi phạm').status).toBe('done');
    expect(readReply('Đã tổ chức xong lễ ra mắt tổ tự quản').status).toBe('done');
  });
});

describe('fractions in words give percents', () => {
  it.each([
    ['mới làm được một phần ba', 33],
    ['đã rà được ba phần tư số hộ', 75],
  ] as const)('%j → %i', (text, percent) => {
    expect(readReply(text)).toMatchObject({ status: 'in_progress', percent });
  });
});

describe('a done taken back, wished, denied rhetorically, nearly there, promised, of another round, or a preparatory step', () => {
  it.each([
    ['Nộp rồi anh, giỡn chút thôi, đang làm', 'in_progress'],
    ['Xong rồi á, đùa đấy', 'in_progress'],
    ['Còn lâu mới hoàn thành chị ơi', 'in_progress'],
    ['Ước gì nộp xong rồi', 'in_progress'],
    ['Làm gì đã xong anh', 'in_progress'],
    ['Hoàn thành tới nơi rồi chị', 'in_progress'],
    ['Xong trước 30/6 nhé anh', 'in_progress'],
    ['Kiểu gì cũng xong kịp anh ạ', 'in_progress'],
    ['Đã gửi công văn nhắc các tổ rồi', 'in_progress'],
    ['Đã gửi thông báo tới các hộ rồi ạ', 'in_progress'],
  ] as const)('%j is %s', (text, status) => {
    expect(readReply(text).status).toBe(status);
  });

  it.each(['Lần trước bên em làm xong rồi anh', 'Năm ngoái bên em hoàn thành sớm lắm'])('%j is not done', (text) => {
    expect(readReply(text).status).not.toBe('done');
  });

  it('reads "hoàn thành kế hoạch" as the plan fulfilled, and "thế nào cũng" as no question', () => {
    expect(readReply('Đã tổ chức 4 buổi, hoàn thành kế hoạch').status).toBe('done');
    expect(readReply('Thế nào cũng xong đúng hạn anh').kind).toBe('report');
  });
});

describe('English mixed in, a step left after "còn", an ordinal part, a part beside 100%', () => {
  it.each([
    ['Not done yet chị ạ', 'in_progress'],
    ['Almost done rồi anh', 'in_progress'],
    ['Đã xong phần khảo sát, còn nhập máy', 'in_progress'],
    ['Đã kết thúc giai đoạn triển khai thứ hai', 'in_progress'],
    ['Đạt 100% chỉ tiêu đợt 2 ạ', 'in_progress'],
  ] as const)('%j is %s', (text, status) => {
    expect(readReply(text).status).toBe(status);
  });

  it('keeps a plain 100% and an English "done" as done', () => {
    expect(readReply('100% rồi anh').status).toBe('done');
    expect(readReply('Done rồi anh, no problem').status).toBe('done');
  });
});

describe('getting ready finished, being told, taken back at once, or asking to record it done', () => {
  it.each([
    ['Chuẩn bị xong rồi chị, thứ 2 đi', 'in_progress'],
    ['Em được báo là bên em xong rồi', 'none'],
    ['Xong rồi (theo lời anh khu phố trưởng)', 'none'],
    ['Nộp rồi á, chưa', 'in_progress'],
    ['Anh ghi là hoàn thành giúp em nhé', 'none'],
  ] as const)('%j is %s', (text, status) => {
    expect(readReply(text).status).toBe(status);
  });

  it('keeps a check mark and a done the unit recorded itself', () => {
    expect(readReply('✅ xong anh').status).toBe('done');
    expect(readReply('Em đã cập nhật hoàn thành trên phần mềm rồi').status).toBe('done');
  });

  it('reads a request to record it beside a clause where the unit says it finished as done, not alone', () => {
    expect(readReply('Anh đánh dấu hoàn thành cho xã em nha, xã em làm xong hết rồi').status).toBe('done');
    expect(readReply('Anh tích hoàn thành cho xã em nha, xã em làm xong hết rồi').status).toBe('done');
    expect(readReply('Anh đánh dấu hoàn thành cho xã em nha, em báo anh rồi').status).not.toBe('done');
  });
});

describe('work ahead after a done, most but not all, only on paper', () => {
  it.each([
    ['Đã xong, vài hộ vắng tuần sau em rà tiếp', 'in_progress'],
    ['Hoàn thành rồi, mấy hộ còn lại sẽ bổ sung sau', 'in_progress'],
    ['Xong đa số rồi anh', 'in_progress'],
    ['Hoàn thành trên giấy tờ thôi chị', 'in_progress'],
  ] as const)('%j is %s', (text, status) => {
    expect(readReply(text).status).toBe(status);
  });

  it('reads "9 phần 10" as 90, and another job ahead beside this one done as done', () => {
    expect(readReply('Rà được 9 phần 10 rồi anh')).toMatchObject({ status: 'in_progress', percent: 90 });
    expect(readReply('Việc này em xong rồi, vụ tuyên truyền tuần sau em làm').status).toBe('done');
  });
});

describe('English hedges and waiting', () => {
  it.each([
    ['Basically xong rồi anh', 'in_progress'],
    ['Done for now, mai làm tiếp', 'in_progress'],
    ['Xong rồi, waiting for approval', 'blocked'],
  ] as const)('%j is %s', (text, status) => {
    expect(readReply(text).status).toBe(status);
  });

  it('reads "half done" as 50', () => {
    expect(readReply('Half done rồi chị')).toMatchObject({ status: 'in_progress', percent: 50 });
  });
});
