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
