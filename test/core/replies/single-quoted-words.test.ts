import { describe, expect, it } from 'vitest';
import { readReply } from '../../../src/core/replies/index.ts';
import { readReply as readReplyByRules } from '../../../src/core/replies/read-reply.ts';

describe('words between single quotes are someone else speaking, as between double ones', () => {
  it.each([
    "Chị Tư trưởng ấp nhắn: 'ấp tui xong rồi nha'",
    "Em chuyển lời anh Bảy: 'tổ 3 hoàn thành rồi'",
    "Chi hoi truong nhan: 'xong het roi'",
    'Thầy hiệu phó nhắn: ‘khối 9 nộp đủ rồi’',
  ])('"%s" is not this unit’s done', (text) => {
    expect(readReplyByRules(text).status).not.toBe('done');
    expect(readReply(text).status).not.toBe('done');
  });

  it('a quoted name beside the unit’s own done, and apostrophes inside words, change nothing', () => {
    expect(readReplyByRules("Bên em đã xong 'lập danh sách' rồi anh").status).toBe('done');
    expect(readReplyByRules("we haven't started yet").status).toBe('not_started');
    expect(readReplyByRules("Xong rồi anh, mình làm theo mẫu 'báo cáo nhanh' của huyện").status).toBe('done');
  });
});
