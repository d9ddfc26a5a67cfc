import { describe, expect, it } from 'vitest';
import { readReply } from '../../../src/core/replies/read-reply.ts';

/**
 * Round 34 (stop 33), kinds seen in blind set 59 and written again here in other words: English "almost / half done";
 * a check mark before the task's name; a class not yet opened; words that fold like blockers or parts ("phần đối
 * chiếu" / "phản đối", "phân bón" / "phần bốn", "cho đúng mẫu" / "cho dừng").
 */
describe('English extent words', () => {
  it('"nearly finished" is progress, not done', () => {
    expect(readReply('nearly finished chị, còn 2 hộ chưa ký').status).toBe('in_progress');
  });

  it('"halfway done" is progress at 50', () => {
    const reading = readReply('halfway done anh ơi');
    expect([reading.status, reading.percent]).toEqual(['in_progress', 50]);
  });
});

describe('a check mark before the task name', () => {
  it('is done', () => {
    expect(readReply('✅ kiểm tra an toàn thực phẩm chợ phường tháng 12').status).toBe('done');
  });
});

describe('a class or event not yet opened', () => {
  it('is not started', () => {
    expect(readReply('Lớp tập huấn chưa khai giảng, dự kiến đầu tháng sau').status).toBe('not_started');
  });
});

describe('folds', () => {
  it('"còn phần đối chiếu" is work left, not an objection', () => {
    expect(readReply('Làm được một nửa rồi, còn phần đối chiếu sổ sách').status).toBe('in_progress');
  });

  it('an objection is still a blocker', () => {
    expect(readReply('Mấy hộ phản đối nên chưa giải tỏa được').status).toBe('blocked');
  });

  it('"phân bón" is no numbered part', () => {
    expect(readReply('Em lập xong danh sách nhận phân bón rồi, gửi lên xã hôm qua').status).toBe('done');
  });

  it('"cho đúng mẫu" is no halt', () => {
    expect(readReply('Gần xong rồi, còn phải sửa bảng cho đúng mẫu').status).toBe('in_progress');
  });

  it('a halt ordered from above is still a halt', () => {
    expect(readReply('Quận cho dừng đợt cưỡng chế rồi anh').status).toBe('blocked');
  });
});
