import { describe, expect, it } from 'vitest';
import { vietnamInstant } from '../../src/core/time/zone.ts';
import { CAP5_CHAT, type CommandHarness, FOCAL, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';

/** The bot's answer to a command, as HTML. */
async function answer(h: CommandHarness, chat: string, text: string): Promise<string> {
  const [reply] = await h.send(chat, chat === STEERING_CHAT ? SECRETARY : FOCAL, text);
  return reply?.html ?? '';
}

describe('a wrong /tralai, /giahan, /doihan or /vuongmac says what is wrong, like /tiendo', () => {
  let h: CommandHarness;
  withHarness({ per: 'all', start: vietnamInstant(2023, 3, 6, 9, 0) }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
  });

  it('/tralai: missing code, missing reason, unknown code', async () => {
    expect(await answer(h, STEERING_CHAT, '/tralai')).toBe(
      'Chưa đúng cú pháp. Cách dùng: <code>/tralai &lt;mã&gt; &lt;lý do&gt;</code>\nThiếu mã nhiệm vụ (ví dụ &lt;mã nhiệm vụ&gt;; gửi /nhiemvu để xem mã).',
    );
    expect(await answer(h, STEERING_CHAT, '/tralai GD1-01')).toContain(
      '\nThiếu lý do trả lại, ví dụ: /tralai &lt;mã nhiệm vụ&gt; chưa có biên bản nghiệm thu.',
    );
    expect(await answer(h, STEERING_CHAT, '/tralai XX-99 thiếu biên bản')).toBe('Không tìm thấy nhiệm vụ có mã <b>XX-99</b>. Gõ /nhiemvu để xem danh sách.');
  });

  it('/giahan: missing code, missing or invalid date, date in the past, missing reason, unknown code', async () => {
    expect(await answer(h, CAP5_CHAT, '/giahan')).toContain('\nThiếu mã nhiệm vụ');
    expect(await answer(h, CAP5_CHAT, '/giahan GD2-02')).toContain('\nThiếu ngày hạn mới, ghi theo dạng ngày/tháng/năm, ví dụ 30/06/2023.');
    // a reason without a date is not read as a wrong date "chờ"
    expect(await answer(h, CAP5_CHAT, '/giahan GD2-02 chờ cấp kinh phí')).toContain('\nThiếu ngày hạn mới');
    // a day the month does not have is named as such (QA14 #8: it was sent back to the format it was written in)
    // without a reason too, the wrong day is said first: one round, not two (QA15 #11)
    expect(await answer(h, CAP5_CHAT, '/giahan GD2-02 31/02/2023')).toContain('\nTháng đó không có ngày đã ghi (ví dụ 31/02, 31/04)');
    expect(await answer(h, CAP5_CHAT, '/giahan GD2-02 31/02')).toContain('\nTháng đó không có ngày đã ghi');
    expect(await answer(h, CAP5_CHAT, '/giahan GD2-02 29/02')).toContain('\nThiếu lý do đề nghị gia hạn');
    expect(await answer(h, CAP5_CHAT, '/giahan GD2-02 31/02/2023 chờ cấp kinh phí')).toBe(
      'Ngày “31/02/2023” không có thật: tháng 2/2023 chỉ có 28 ngày. Hãy ghi lại ngày đúng; chưa có gì thay đổi.',
    );
    expect(await answer(h, CAP5_CHAT, '/giahan GD2-02 15/13/2023 chờ cấp kinh phí')).toBe(
      'Ngày “15/13/2023” không hợp lệ. Ghi theo dạng ngày/tháng/năm, ví dụ 15/12/2023.',
    );
    expect(await answer(h, CAP5_CHAT, '/giahan GD2-02 01/03/2023 chờ cấp kinh phí')).toContain('không sau hôm nay (06/03/2023)');
    expect(await answer(h, CAP5_CHAT, '/giahan GD2-02 30/06/2023')).toContain(
      '\nThiếu lý do đề nghị gia hạn, ví dụ: /giahan P5-01 30/06/2023 chờ cấp kinh phí.',
    );
    expect(await answer(h, CAP5_CHAT, '/giahan XX-99 30/06/2023 chờ cấp kinh phí')).toBe(
      'Không tìm thấy nhiệm vụ có mã <b>XX-99</b>. Gõ /nhiemvu để xem danh sách.',
    );
    const task = await h.stores.tasks.findTaskByCode('GD2-02');
    expect(await h.stores.extensions.pendingForTask(task!.id)).toEqual([]);
  });

  it('every command taking a task code says the code is missing, like /tralai (/xong, /xacnhan, /chitiet …)', async () => {
    expect(await answer(h, CAP5_CHAT, '/xong')).toBe(
      'Chưa đúng cú pháp. Cách dùng: <code>/xong &lt;mã&gt; [mã khác…] [ghi chú]</code>\nThiếu mã nhiệm vụ (ví dụ P5-01; gửi /nhiemvu để xem mã).',
    );
    expect(await answer(h, STEERING_CHAT, '/xacnhan')).toContain('\nThiếu mã nhiệm vụ');
    expect(await answer(h, CAP5_CHAT, '/chitiet')).toContain('\nThiếu mã nhiệm vụ');
    expect(await answer(h, STEERING_CHAT, '/gotvuong')).toContain('\nThiếu mã nhiệm vụ');
  });

  it('/giahan in the steering group points the secretariat to /doihan, not to /ketnoi', async () => {
    const html = await answer(h, STEERING_CHAT, '/giahan GD2-02 30/06/2023 chờ kinh phí');
    expect(html).toContain('/doihan &lt;mã&gt;');
    expect(html).not.toContain('/ketnoi');
    const task = await h.stores.tasks.findTaskByCode('GD2-02');
    expect(await h.stores.extensions.pendingForTask(task!.id)).toEqual([]);
  });

  it('/doihan and /vuongmac name their missing reason', async () => {
    expect(await answer(h, STEERING_CHAT, '/doihan GD1-01 30/06/2023')).toContain('\nThiếu lý do đổi hạn');
    expect(await answer(h, STEERING_CHAT, '/doihan GD1-01 theo chỉ đạo')).toContain('\nThiếu ngày hạn mới');
    expect(await answer(h, STEERING_CHAT, '/doihan GD1-01 31/04/2023 theo chỉ đạo')).toContain('tháng 4/2023 chỉ có 30 ngày');
    expect(await answer(h, CAP5_CHAT, '/vuongmac GD2-02')).toContain('\nThiếu nội dung vướng mắc');
  });
});
