import { describe, expect, it } from 'vitest';
import { readReply } from '../../../src/core/replies/read-reply.ts';

/** Issue 16, round 4: requests to an office, instructions with a deadline, and shares named by a body or a person. */
describe('requests and instructions to others are not reports', () => {
  it.each([
    'Văn phòng Đảng ủy tổng hợp giúp em nha',
    'Các đồng chí khu phố trưởng gửi số hộ đã vận động cho em trước 9h thứ 2',
    'Mọi người nộp danh sách đã rà cho mình chậm nhất chiều mai',
  ])('%j is not a report', (text) => {
    expect(readReply(text).status).toBe('none');
  });

  it('still reads "vẫn" as telling: "văn phòng" is not "vẫn"', () => {
    expect(readReply('em vẫn đang làm giúp bên văn phòng').status).toBe('in_progress');
  });
});

describe('a share named by a body is the unit’s own; by a person, it is not', () => {
  it('reads the unit’s share by its name as done', () => {
    expect(readReply('Phần việc của Chi đoàn thanh niên đã hoàn thành ạ')).toMatchObject({ status: 'done', percent: 100 });
  });

  it('asks about a person’s share done', () => {
    expect(readReply('Phần của chị Hằng đã xong rồi').status).not.toBe('done');
  });
});

describe('work done on behalf of another unit is not this unit’s report', () => {
  it.each(['Em nộp hộ bên Đoàn thanh niên rồi', 'Đã gửi số liệu giúp phường 4 rồi ạ', 'Em làm xong thay cho xã Bình An'])('%j is not done', (text) => {
    const reading = readReply(text);
    expect(reading.status).toBe('none');
  });

  it('still reads "hộ dân" as households: "đã rà xong hộ dân" is not on behalf of anyone', () => {
    expect(readReply('Đã rà soát xong toàn bộ hộ dân rồi ạ').status).toBe('done');
  });
});

describe('a neighbouring, peer or larger body as the subject of a done is someone else', () => {
  it.each(['Xã lân cận xong hết rồi', 'Đơn vị bạn đã hoàn thành', 'Toàn huyện xong rồi anh'])('%j is not done', (text) => {
    expect(readReply(text).status).not.toBe('done');
  });

  it('reads "trừ em" as the unit left out, and "các nội dung", "Trưởng ban" as words', () => {
    expect(readReply('Mọi tổ xong rồi, trừ em').status).toBe('in_progress');
    expect(readReply('Đã thực hiện đầy đủ các nội dung theo kế hoạch').status).toBe('done');
    expect(readReply('Báo cáo đồng chí Trưởng ban: đơn vị đã hoàn thành').status).toBe('done');
  });
});

describe('thanks, wishes and praise to others are not this unit’s report', () => {
  it.each(['Cảm ơn các đồng chí đã hoàn thành', 'Chúc chị em hoàn thành tốt công việc', 'Tuyên dương các tổ đã nộp đủ'])('%j is not done', (text) => {
    expect(readReply(text).status).not.toBe('done');
  });

  it('keeps the unit’s own done after a thank-you', () => {
    expect(readReply('Cảm ơn anh đã hỗ trợ, bên em đã hoàn thành').status).toBe('done');
  });
});
