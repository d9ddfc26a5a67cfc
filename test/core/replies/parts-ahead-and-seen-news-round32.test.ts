import { describe, expect, it } from 'vitest';
import { readReply } from '../../../src/core/replies/read-reply.ts';

/**
 * Round 32 (this stop), kinds seen in blind set 57 and written again here in other words: a hamlet or venue done
 * beside the next one later today or this weekend; a part done beside a part not begun whose name folds like "đó";
 * peers' finish seen in a group; "kiểm lâm" is no "làm … chưa?" question; the excuse for a late report with the
 * report after it; "đã nhờ … hôm qua" is a step taken; a batch of supplies that has not come; a head who has not
 * signed.
 */
describe('one part done, the next ahead: progress', () => {
  it.each([
    ['Xong bản Phìn Hồ rồi, bản Lũng Pù tối nay bọn em vào nốt'],
    ['Làng trên xong rồi anh, làng dưới chiều nay em xuống'],
    ['Phát xong ở trạm rồi, còn ở điểm trường thứ bảy này mới phát'],
    ['Đo xong phần diện tích trồng mới, phần sơ đồ thửa chưa vẽ'],
  ])('%s is in progress', (text) => {
    expect(readReply(text).status).toBe('in_progress');
  });

  it('a hard copy brought up on Monday is no part left', () => {
    expect(readReply('Xong rồi chị, bản cứng thứ 5 em mang qua').status).toBe('done');
  });

  it("another event's finish before a start is still not started", () => {
    expect(readReply('Họp chi bộ xong rồi, tuần sau em mới triển khai').status).toBe('not_started');
  });
});

describe("peers' finish seen in a group is theirs", () => {
  it.each([['Các phường khu trung tâm xong cả rồi chị, em thấy trên zalo quận'], ['Mấy trường tiểu học nộp đủ rồi, em xem trên nhóm phòng']])(
    '%s is not done',
    (text) => {
      expect(readReply(text).status).not.toBe('done');
    },
  );

  it('the unit naming itself beside the seen news keeps its own report', () => {
    expect(readReply('Xã em xong rồi anh, mấy xã khác em xem trên nhóm cũng xong').status).toBe('done');
  });
});

describe('words that fold like status words', () => {
  it('"kiểm lâm chưa gửi" is a denial, not "làm chưa?"', () => {
    expect(readReply('Phần thôn em làm xong rồi, nhưng Trạm kiểm lâm chưa gửi bản đồ nên chưa ghép được').status).toBe('blocked');
  });

  it('"làm chưa" at the end still asks', () => {
    expect(readReply('Bên thôn 3 làm chưa anh').status).toBe('none');
  });
});

describe('a report after the excuse for its lateness', () => {
  it('is read', () => {
    expect(readReply('Mạng chập chờn nên giờ em mới báo: đội đã phun xong cả 6 tổ').status).toBe('done');
  });

  it('the excuse alone beside a report is set aside', () => {
    expect(readReply('Xong từ thứ hai rồi anh, tại em đi bản nên giờ mới báo được').status).toBe('done');
  });
});

describe('a plea made yesterday was a step taken', () => {
  it('is told, not asked of others', () => {
    expect(readReply('Em làm đủ hồ sơ rồi, đã nhờ anh Sáng mang nộp lên huyện hôm qua').status).toBe('done');
  });

  it('a plea for today is still a request', () => {
    expect(readReply('Nhờ anh gửi lại giúp em file hôm qua').status).toBe('none');
  });
});

describe('waiting on goods or a signature from above', () => {
  it.each([
    ['Đợt vắc xin sởi của trung tâm vẫn chưa về tới xã nên chưa tiêm được'],
    ['Thùng hóa chất của huyện chưa về, đội phun đang ngồi chờ'],
    ['Tờ trình em làm rồi mà chủ tịch vẫn chưa ký nên chưa triển khai'],
  ])('%s is blocked', (text) => {
    expect(readReply(text).status).toBe('blocked');
  });

  it("the unit's own paper not yet signed beside a finish is work left, not a wait", () => {
    expect(readReply('Kiểm tra xong rồi, em chưa ký biên bản').status).not.toBe('blocked');
  });
});
