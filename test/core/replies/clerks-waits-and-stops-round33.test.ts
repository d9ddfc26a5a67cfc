import { describe, expect, it } from 'vitest';
import { readReply } from '../../../src/core/replies/read-reply.ts';

/**
 * Round 33 (stop 33), kinds seen in blind set 58 and written again here in other words: a clerk typing the head's
 * words reports for the unit; a named body's finish seen in a group is theirs; work stopped or put off against the
 * unit's will; others who were to come or hand over have not; "chưa cập nhật" is no "chưa cấp"; "nạo xong" is no
 * "nào?".
 */
describe("a clerk typing the head's words", () => {
  it.each([
    ['Em là thư ký, ghi theo lời anh Chủ tịch: phường đã hoàn thành kiểm tra 30 cơ sở karaoke'],
    ['Em văn thư nhắn thay chị Phó Chủ tịch: xã đã hoàn tất rà soát danh sách cử tri'],
  ])('%s is done', (text) => {
    expect(readReply(text).status).toBe('done');
  });

  it('"theo lời" someone without typing still passes their word on', () => {
    expect(readReply('Theo lời anh Tư thì phường 3 xong rồi').status).not.toBe('done');
  });
});

describe("a named body's finish seen in a group", () => {
  it('is theirs', () => {
    expect(readReply('Trạm Y tế phường 9 phun xong rồi, em thấy trên nhóm quận').status).not.toBe('done');
  });

  it('the unit naming itself keeps its report', () => {
    expect(readReply('Trạm em phun xong rồi, em thấy trên nhóm quận cũng nhắc').status).toBe('done');
  });
});

describe('stopped, put off, or waiting on others who do not come', () => {
  it.each([
    ['Máy bơm hư giữa chừng, hút nước cống phải ngưng'],
    ['Gió to quá anh, hoãn rồi'],
    ['Gọi điện lực 2 lần rồi mà chưa thấy xuống'],
    ['Xin bổ sung kinh phí từ tháng trước, chưa thấy cấp'],
    ['Năm ngoái bên em làm xong rồi, năm nay phòng chưa giao danh sách'],
  ])('%s is blocked', (text) => {
    expect(readReply(text).status).toBe('blocked');
  });
});

describe('words that fold like others', () => {
  it('"chưa cập nhật" beside a finish is work left, no lack', () => {
    expect(readReply('Cơ bản xong rồi, còn vài hộ chưa cập nhật').status).toBe('in_progress');
  });

  it('"nạo xong" after a tense word is a dredging finished, no question', () => {
    expect(readReply('Đoạn mương sau chợ giờ cũng nạo xong rồi anh').status).toBe('done');
  });

  it('"đơn vị nào xong" still addresses whoever', () => {
    expect(readReply('Đơn vị nào xong rồi thì gửi luôn cho em').status).toBe('none');
  });
});
