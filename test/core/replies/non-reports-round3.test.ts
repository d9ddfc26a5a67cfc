import { describe, expect, it } from 'vitest';
import { normalizeReply } from '../../../src/core/replies/normalize-reply.ts';
import { readReply } from '../../../src/core/replies/read-reply.ts';
import { REPLY_CONFIDENCE_THRESHOLD } from '../../../src/core/replies/types.ts';

/** A reading that is not done (the reader never stores a done for these). */
function storesNothingDone(text: string): void {
  const reading = readReply(text);
  expect(reading.status, text).not.toBe('done');
}

describe('non-reports that carry a done word (issue 16, round 3)', () => {
  it('reads a choice between two options as a question', () => {
    for (const text of [
      'Em nộp bản Word hay PDF ạ',
      'Nộp bản cứng hay chỉ cần gửi qua mail vậy anh',
      'Gửi file scan hay bản gốc vậy chị',
      'Hoàn thành rồi thì báo cáo miệng hay bằng văn bản anh',
    ]) {
      expect(readReply(text), text).toMatchObject({ status: 'none', kind: 'question' });
    }
  });

  it('keeps "hay" that means "often" or "good", and "không … nào", as statements', () => {
    expect(readReply('Cách làm của tổ 3 hay đấy, em đang áp dụng cho các tổ còn lại').status).toBe('in_progress');
    expect(readReply('Làm xong hết rồi, không sót tổ nào anh nhé').status).toBe('done');
  });

  it('asks which one with "nào" anywhere in the clause', () => {
    expect(readReply('Xong rồi thì nộp cho phòng nào vậy anh')).toMatchObject({ status: 'none', kind: 'question' });
  });

  it('marks words between quotation marks as someone else’s and does not read them as done', () => {
    const clauses = normalizeReply('Em gửi lại tin nhắn của chị Thu: "Hội CCB đã tổ chức xong"');
    expect(clauses.at(-1)).toMatchObject({ tokens: ['hoi', 'ccb', 'da', 'to', 'chuc', 'xong'], quoted: true });
    expect(clauses[0]?.quoted).toBeUndefined();
    for (const text of [
      'Em chuyển lời anh Hùng: "Tổ 5 đã hoàn thành"',
      'Chị Lan nhắn trong nhóm “bên em xong rồi nha”',
      'Em dán lại tin của Hội Nông dân: «Đã tổ chức xong đợt 1»',
    ]) {
      storesNothingDone(text);
    }
  });

  it('still reads the unit’s own done beside a quoted name', () => {
    expect(readReply('Đã xong "rà soát danh sách" rồi ạ').status).toBe('done');
  });

  it('does not read a superior pressing ("quận đang hỏi/giục") as the unit working', () => {
    for (const text of ['xong chua a oi, quan dang hoi', 'Xong chưa em, quận đang giục']) {
      expect(readReply(text), text).toMatchObject({ status: 'none' });
    }
  });

  it('reads the vulgar rhetorical denial "xong cái con khỉ" as not finished', () => {
    expect(readReply('Xong cái con khỉ, mới có danh sách nháp thôi anh').status).toBe('in_progress');
    expect(readReply('Xong cái con khỉ, còn chưa nhập được hộ nào').status).toBe('in_progress');
  });

  it('reads Central question words ("ở mô", "làm răng", "để làm chi") as asking', () => {
    for (const text of ['Hoàn thành rồi thì nộp ở mô rứa anh', 'Xong rồi thì báo cáo làm răng anh', 'Nộp rồi còn ký để làm chi nữa chị']) {
      expect(readReply(text), text).toMatchObject({ status: 'none', kind: 'question' });
    }
  });

  it('withdraws a done that ends asking to confirm it ("hả", "nhỉ", "chứ"), so the bot asks', () => {
    for (const text of ['Xong rồi hả anh', 'Việc đó đã nộp rồi nhỉ', 'Việc đó xong rồi chứ anh']) {
      const reading = readReply(text);
      expect(reading.status, text).not.toBe('done');
      expect(reading.confidence, text).toBeLessThan(REPLY_CONFIDENCE_THRESHOLD);
    }
    expect(readReply('Dạ xong rồi anh nhé').status).toBe('done');
  });

  it('does not read a numbered part, someone else’s share or a congratulation as this unit done', () => {
    for (const text of ['Tổ 3 báo cáo đã hoàn thành', 'KP3 xong rồi', 'Anh Nam làm xong phần của anh ấy rồi', 'Chúc mừng phường 2 đã hoàn thành xuất sắc'])
      storesNothingDone(text);
    expect(readReply('Công an phường 5 đã hoàn thành nhiệm vụ P5-01.').status).toBe('done');
  });

  it('reads "xong em báo" (once done) as not yet done', () => {
    storesNothingDone('Xong em báo anh liền');
    expect(readReply('Xong rồi em báo anh nhé').status).toBe('done');
  });

  it('reads "chưa xúc tiến / đụng vô / động tay / viết chữ nào" as not started', () => {
    for (const text of [
      'Chưa xúc tiến gì cả anh',
      'Hông, tụi em chưa đụng vô cái này anh',
      'Dạ bên em chưa động tay vào việc này anh',
      'Báo cáo quý em chưa viết chữ nào',
    ]) {
      expect(readReply(text).status, text).toBe('not_started');
    }
  });

  it('reads "cannot, because of someone else" as blocked and "because busy" as not', () => {
    for (const text of [
      'Số liệu bên Thống kê chưa gửi qua nên em chưa tổng hợp được báo cáo',
      'Chưa nộp được vì chị Phó chủ tịch nghỉ phép, chưa có người ký',
    ]) {
      expect(readReply(text).status, text).toBe('blocked');
    }
    expect(readReply('Hôm qua em chưa nghe máy được vì đang họp, giờ em đang rà soát tiếp ạ').status).toBe('in_progress');
  });

  it('keeps the unit’s own consequence of another office’s failing, but not another office’s done', () => {
    expect(readReply('Bên Tư pháp chưa chuyển danh sách nên em chưa đối chiếu được').status).toBe('blocked');
    storesNothingDone('Bên Hội PN xong rồi nên em tổng hợp gửi anh');
  });
});
