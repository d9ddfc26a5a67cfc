import { describe, expect, it } from 'vitest';
import { vietnamInstant } from '../../src/core/time/zone.ts';
import { CAP5_CHAT, type CommandHarness, withHarness, FOCAL, OTHER, SECRETARY, STEERING_CHAT } from '../support/command-harness.ts';

describe('/caidat and /baocao', () => {
  let h: CommandHarness;
  withHarness({ per: 'all', start: vietnamInstant(2023, 3, 6, 9, 0) }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
  });

  it('shows the group’s settings with their defaults', async () => {
    const [answer] = await h.send(CAP5_CHAT, FOCAL, '/caidat');
    expect(answer?.html).toContain('Giờ gửi tổng hợp (ngày làm việc): 07:30');
    expect(answer?.html).toContain('Nhắc hạn: bật');
  });

  it('lets the focal point change the digest time and switch nudges off, with an audit row', async () => {
    const [saved] = await h.send(CAP5_CHAT, FOCAL, '/caidat gio 6h45');
    expect(saved?.html).toContain('Đã lưu');
    await h.send(CAP5_CHAT, FOCAL, '/caidat nhac tắt');
    const chat = await h.chat(CAP5_CHAT);
    expect(chat.settings).toMatchObject({ unitDigestTime: '06:45', nudgesEnabled: false });
    const audit = await h.stores.audit.list({ action: 'chat.settings', entityId: String(chat.id) });
    expect(audit).toHaveLength(2);
  });

  it('reads the time as Vietnamese write it: 7h, 7g, 7 giờ, 7h30', async () => {
    for (const [typed, stored] of [
      ['7h', '07:00'],
      ['7g', '07:00'],
      ['7 giờ', '07:00'],
      ['7h30', '07:30'],
      ['16 giờ 15', '16:15'],
    ]) {
      const [saved] = await h.send(CAP5_CHAT, FOCAL, `/caidat gio ${typed}`);
      expect(saved?.html).toContain(`Giờ gửi tổng hợp (ngày làm việc): ${stored}`);
    }
  });

  it('the value the group already has changes nothing and says so', async () => {
    await h.send(CAP5_CHAT, FOCAL, '/caidat gio 7h');
    const chat = await h.chat(CAP5_CHAT);
    const audit = async () => (await h.stores.audit.list({ action: 'chat.settings', entityId: String(chat.id) })).length;
    const before = await audit();
    const [same] = await h.send(CAP5_CHAT, FOCAL, '/caidat gio 07:00');
    expect(same?.html).toMatch(/^Cài đặt này đã như vậy; không có gì thay đổi\.\n/);
    expect(await audit()).toBe(before);
  });

  it('refuses bad values and other members, changing nothing', async () => {
    const before = (await h.chat(CAP5_CHAT)).settings;
    const [bad] = await h.send(CAP5_CHAT, FOCAL, '/caidat gio 25:00');
    expect(bad?.html).toContain('Giờ không hợp lệ');
    const [other] = await h.send(CAP5_CHAT, OTHER, '/caidat gio 08:00');
    expect(other?.html).toContain('Không có gì thay đổi');
    const [weekly] = await h.send(CAP5_CHAT, FOCAL, '/caidat tuan thứ 6');
    expect(weekly?.html).toContain('chỉ cài đặt trong nhóm Ban Chỉ đạo');
    expect((await h.chat(CAP5_CHAT)).settings).toEqual(before);
  });

  it('/baocao gives the upward report in the official buckets in the steering group only', async () => {
    const [report] = await h.send(STEERING_CHAT, SECRETARY, '/baocao tháng 3/2023');
    expect(report?.html).toContain('45/KH-BCĐ');
    expect(report?.html).toContain('THÁNG 03/2023');
    expect(report?.html).toMatch(/quá hạn/i);
    const [quarter] = await h.send(STEERING_CHAT, SECRETARY, '/baocao quy 1/2023');
    expect(quarter?.html).toContain('QUÝ I/2023');
    const [bad] = await h.send(STEERING_CHAT, SECRETARY, '/baocao tuần sau');
    expect(bad?.html).toMatch(/^Kỳ báo cáo không hợp lệ: "tuần sau"/);
    const [refused] = await h.send(CAP5_CHAT, FOCAL, '/baocao');
    expect(refused?.html).toContain('chỉ lập trong nhóm Ban Chỉ đạo');
  });

  it('/baocao in the steering group also sends the .docx and .xlsx of the period as documents; the same data gives the same stored files', async () => {
    const [report] = await h.send(STEERING_CHAT, SECRETARY, '/baocao tháng 3/2023');
    expect(report?.html).toContain('THÁNG 03/2023');
    const files = report?.attachments ?? [];
    expect(files.map((f) => [f.kind, f.fileName, f.mimeType])).toEqual([
      ['document', 'bao-cao-45-KH-BCĐ-2023-03.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['document', 'bao-cao-45-KH-BCĐ-2023-03.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ]);
    // both are zip containers (PK\x03\x04) of some size
    for (const file of files) {
      expect([...file.bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
      expect(file.bytes.length).toBeGreaterThan(2_000);
    }
    const [again] = await h.send(STEERING_CHAT, SECRETARY, '/baocao tháng 3/2023');
    expect(again?.attachments?.map((f) => Buffer.from(f.bytes).equals(Buffer.from(files.find((g) => g.fileName === f.fileName)!.bytes)))).toEqual([true, true]);
    const [refused] = await h.send(CAP5_CHAT, FOCAL, '/baocao');
    expect(refused?.attachments).toBeUndefined();
  });
});
