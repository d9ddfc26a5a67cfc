import { describe, expect, it } from 'vitest';
import { parseUserDate } from '../../src/core/usecases/parse-user-date.ts';
import { formatDateTimeVi, vietnamInstant } from '../../src/core/time/zone.ts';
import { CAP5_CHAT, type CommandHarness, withHarness, FOCAL, SECRETARY, STEERING_CHAT } from '../support/command-harness.ts';

describe('queries', () => {
  let h: CommandHarness;
  withHarness({ per: 'all', start: vietnamInstant(2023, 5, 29, 9, 0) }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
    await h.send(CAP5_CHAT, FOCAL, '/tiendo P5-01 40 đang họp dân <khu 3>');
    await h.send(CAP5_CHAT, FOCAL, '/xong P5-02');
  });

  it('/nhiemvu in a unit group lists the unit’s tasks by bucket', async () => {
    const [answer] = await h.send(CAP5_CHAT, FOCAL, '/nhiemvu');
    const html = answer?.html ?? '';
    expect(html).toContain('Nhiệm vụ của <b>Công an Phường 5</b> (ngày 29/05/2023)');
    expect(html).toContain('<b>Sắp đến hạn (≤ 3 ngày) (1)</b>');
    expect(html).toMatch(/GD2-02.*31\/05\/2023 \(còn 2 ngày\)/);
    expect(html).toContain('<b>Chờ xác nhận (1)</b>');
    expect(html).toContain('<b>Đang thực hiện');
    expect(html).not.toContain('GD3-01');
  });

  it('/nhiemvu in the steering group groups all tasks by lead unit', async () => {
    const [answer] = await h.send(STEERING_CHAT, SECRETARY, '/nhiemvu');
    expect(answer?.html).toContain('🏢 <b>Công an thành phố Trà Vinh</b>');
    expect(answer?.html).toContain('🏢 <b>Công an Phường 5</b>');
    expect(answer?.html).toContain('<b>Quá hạn (1)</b>');
  });

  it('/quahan lists overdue tasks with unit and days overdue', async () => {
    const [answer] = await h.send(STEERING_CHAT, SECRETARY, '/quahan');
    expect(answer?.html).toContain('<b>GD1-01</b>');
    expect(answer?.html).toContain('Công an thành phố Trà Vinh, hạn 28/02/2023, quá hạn 90 ngày');
  });

  it('/chitiet shows roles, deadline, clause, units’ status and history (escaped)', async () => {
    const [answer] = await h.send(CAP5_CHAT, FOCAL, '/chitiet p5-01');
    const html = answer?.html ?? '';
    expect(html).toContain('<code>P5-01</code>');
    expect(html).toContain('<blockquote>');
    expect(html).toContain('Công an Phường 5 (chủ trì): Đang thực hiện 40%');
    expect(html).toContain(`${formatDateTimeVi(h.clock.now())} — Công an Phường 5, Anh Minh: Đang thực hiện 40% — đang họp dân &lt;khu 3&gt;`);
    expect(html).toContain('Minh chứng: 0 tệp');
  });

  it('/kehoach shows phases with dates and counts per bucket', async () => {
    const [answer] = await h.send(STEERING_CHAT, SECRETARY, '/kehoach');
    expect(answer?.html).toContain('45/KH-BCĐ');
    expect(answer?.html).toMatch(/01\/03\/2023 – 31\/08\/2023 \(còn \d+ ngày\)/);
    expect(answer?.html).toContain('đã kết thúc');
    expect(answer?.html).toContain('chờ xác nhận 1');
  });

  it('/kehoach in the steering group attaches the units chart as a PNG photo; a unit group gets the text only', async () => {
    const [answer] = await h.send(STEERING_CHAT, SECRETARY, '/kehoach');
    const [chart] = answer?.attachments ?? [];
    expect(chart).toMatchObject({ kind: 'photo', fileName: 'bieu-do-units-45-KH-BCĐ.png', mimeType: 'image/png' });
    expect([...(chart?.bytes.slice(1, 4) ?? [])]).toEqual([0x50, 0x4e, 0x47]);
    // at least 1080 px wide (IHDR width, big-endian, at byte 16)
    expect(Buffer.from(chart!.bytes).readUInt32BE(16)).toBeGreaterThanOrEqual(1080);
    const [unit] = await h.send(CAP5_CHAT, FOCAL, '/kehoach');
    expect(unit?.html).toContain('45/KH-BCĐ');
    expect(unit?.attachments).toBeUndefined();
  });

  it('/trogiup differs per chat kind, /start introduces, /ngonngu switches to English', async () => {
    expect((await h.send(CAP5_CHAT, FOCAL, '/trogiup'))[0]?.html).toContain('/giahan');
    expect((await h.send(CAP5_CHAT, FOCAL, '/trogiup'))[0]?.html).not.toContain('/doihan');
    expect((await h.send(STEERING_CHAT, SECRETARY, '/trogiup'))[0]?.html).toContain('/doihan');
    expect((await h.send('-4444', FOCAL, '/trogiup'))[0]?.html).toContain('chưa được kết nối');
    expect((await h.send('-4444', FOCAL, '/start'))[0]?.html).toContain('/ketnoi');
    expect((await h.send(CAP5_CHAT, FOCAL, '/ngonngu en'))[0]?.html).toContain('English');
    expect((await h.send(CAP5_CHAT, FOCAL, '/nhiemvu'))[0]?.html).toContain('Tasks of <b>Công an Phường 5</b>');
    expect((await h.send(CAP5_CHAT, FOCAL, '/ngonngu fr'))[0]?.html).toContain('Usage');
    await h.send(CAP5_CHAT, FOCAL, '/ngonngu vi');
  });
});

describe('dates typed by users mean the end of that local day', () => {
  const now = vietnamInstant(2023, 5, 29, 9, 0);
  it.each([
    ['15/12/2023', vietnamInstant(2023, 12, 15, 23, 59, 59, 999)],
    ['5/1/2024', vietnamInstant(2024, 1, 5, 23, 59, 59, 999)],
    ['15-12-2023', vietnamInstant(2023, 12, 15, 23, 59, 59, 999)],
    ['15/12', vietnamInstant(2023, 12, 15, 23, 59, 59, 999)],
  ])('%s', (text, expected) => expect(parseUserDate(text, now)).toEqual(expected));
  it.each(['31/02/2023', '00/01/2023', '12/13/2023', 'mai', ''])('rejects %s', (text) => expect(parseUserDate(text, now)).toBeNull());
});
