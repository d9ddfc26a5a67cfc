import { describe, expect, it } from 'vitest';
import { normalizeReply } from '../../../src/core/replies/normalize-reply.ts';
import { readReply as readByRules } from '../../../src/core/replies/read-reply.ts';

/**
 * Round 36 (stop 34), kinds seen in blind set 62 (agriculture and disaster prevention) and written again here in other
 * words: a finish that should have been beside what is so instead; hardship told, then "nhưng <who> đã …" finished;
 * thanks for what others did beside a storm word; Central "xong rầu"; a weekday of a week gone by.
 */
const status = (text: string) => readByRules(text).status;

describe('a finish that should have been', () => {
  it('beside nothing reached yet is not started', () => {
    expect(status('Đáng lẽ cuối tháng trước phải phun xong, vậy mà đến nay tổ em chưa phun thôn nào')).toBe('not_started');
  });
  it('beside a body that has not delivered stays blocked', () => {
    expect(status('Lẽ ra hôm thứ Hai đã xong, nhưng xã chưa cấp hóa chất nên chưa làm được')).toBe('blocked');
  });
  it('beside work going on stays progress', () => {
    expect(status('Lẽ ra tuần trước đã xong rồi anh, mà giờ vẫn đang làm')).toBe('in_progress');
  });
  it('"lễ ra quân" is a ceremony, not "lẽ ra"', () => {
    expect(status('Đã tổ chức lễ ra quân rồi, giờ vướng kinh phí')).toBe('blocked');
  });
});

describe('hardship told, then finished', () => {
  it('"nhưng <team> đã … xong" deals with it', () => {
    expect(status('Khó khăn lắm anh ơi, mưa suốt, nhưng tổ em đã phát xong cho cả 9 xóm rồi')).toBe('done');
    expect(status('Khó khăn nhiều nhưng anh em đã dựng xong 12 lán tạm rồi')).toBe('done');
  });
  it('a step taken that got no answer does not', () => {
    expect(status('Vướng kinh phí nhưng xã đã xin huyện, chưa thấy trả lời')).toBe('blocked');
  });
});

describe('thanks', () => {
  it('for what others did is no status, even beside a storm word', () => {
    expect(status('Cảm ơn các tổ đã hoàn thành trong đêm mưa lũ')).toBe('none');
  });
  it("after the unit's own done leaves it done", () => {
    expect(status('Dạ xong rồi ạ, cảm ơn anh đã hỗ trợ xe')).toBe('done');
  });
});

describe('Central "rầu" and past weekdays', () => {
  it('"xong rầu" is read as "xong rồi" (the model sees it so too); "rau" (greens) is left', () => {
    expect(normalizeReply('Dọn xong rầu anh, mai em gửi ảnh')[0]?.tokens).toEqual(['don', 'xong', 'roi', 'anh']);
    expect(normalizeReply('Trồng xong rau cải')[0]?.tokens).toEqual(['trong', 'xong', 'rau', 'cai']);
  });
  it('a weekday of last week is past, a bare weekday ahead', () => {
    expect(status('Thứ Ba tuần rồi là xong hết rồi mà em quên báo')).toBe('done');
    expect(status('Thứ Ba là xong')).toBe('in_progress');
  });
});
