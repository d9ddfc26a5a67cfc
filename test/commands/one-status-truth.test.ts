import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/registry.ts';
import type { CommandDefinition } from '../../commands/types.ts';
import { previewDigest } from '../../jobs/preview-digest.ts';
import { menuCommands } from '../../src/channels/telegram/register-commands.ts';
import { vietnamCalendar } from '../../src/core/time/work-calendar.ts';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { vietnamInstant } from '../../src/core/time/zone.ts';
import { CAP5_CHAT, CATP_CHAT, type CommandHarness, FOCAL, OTHER, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';

/** The text of the section a task code is listed under in /nhiemvu or a digest. */
function sectionOf(html: string, code: string): string | null {
  let heading: string | null = null;
  for (const line of marksToPlainText(html).split('\n')) {
    if (/^\S.*(\(\d+\)|: \d+)$/.test(line.trim()) && !line.startsWith('•')) heading = line.trim();
    if (line.startsWith(`• ${code} `)) return heading;
  }
  return null;
}

describe('every view tells the same story (issue 10: CAP5 blocked on GD2-02, its support part of GD2-01 done)', () => {
  let h: CommandHarness;
  withHarness({ per: 'all', start: vietnamInstant(2023, 3, 6, 9, 0) }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
    await h.bindSteeringAndUnit('CATP', CATP_CHAT);
    const blockedOn = await h.taskMessageId(CAP5_CHAT, 'GD2-02');
    h.clock.set(vietnamInstant(2023, 3, 8, 10, 0));
    await h.replyTo(CAP5_CHAT, FOCAL, blockedOn, 'vướng kinh phí');
    await h.send(CAP5_CHAT, FOCAL, '/xong GD2-01');
    h.clock.set(vietnamInstant(2023, 3, 10, 16, 0));
  });

  it('/nhiemvu in the unit group shows the unit’s parts: GD2-02 blocked with its reason and age, GD2-01 done', async () => {
    const [answer] = await h.send(CAP5_CHAT, FOCAL, '/nhiemvu');
    const html = answer?.html ?? '';
    expect(sectionOf(html, 'GD2-02')).toBe('Vướng mắc (1)');
    expect(marksToPlainText(html)).toContain('⚠️ Vướng mắc (từ 08/03/2023, 2 ngày làm việc): vướng kinh phí');
    expect(sectionOf(html, 'GD2-01')).toMatch(/^Hoàn thành/);
    expect(html).toContain('Trạng thái là phần việc của đơn vị');
  });

  it('the unit digest agrees, and counts the part done once', async () => {
    const chat = await h.chat(CAP5_CHAT);
    const [digest = ''] = (await previewDigest(h.stores, chat, h.clock.now(), vietnamCalendar)).messages;
    expect(sectionOf(digest, 'GD2-02')).toBe('⚠️ Vướng mắc: 1');
    expect(digest).toContain('phần việc đã hoàn thành 1');
    expect(digest).not.toMatch(/Đang thực hiện: \d+[\s\S]*GD2-02/);
  });

  it('a question in reply to the task message answers the unit’s own part', async () => {
    const { replies } = await h.replyTo(CAP5_CHAT, FOCAL, await h.taskMessageId(CAP5_CHAT, 'GD2-01'), 'xong chưa anh?');
    expect(replies[0]?.html).toContain('Nhiệm vụ GD2-01 hiện: <b>Hoàn thành đúng hạn</b> 100%');
    const { replies: blocked } = await h.replyTo(CAP5_CHAT, FOCAL, await h.taskMessageId(CAP5_CHAT, 'GD2-02'), 'xong chưa anh?');
    expect(blocked[0]?.html).toContain('Nhiệm vụ GD2-02 hiện: <b>Vướng mắc</b>');
  });

  it('the lead’s group sees the supporting unit’s blocker on the task line', async () => {
    const [answer] = await h.send(CATP_CHAT, OTHER, '/nhiemvu');
    expect(marksToPlainText(answer?.html ?? '')).toContain('⚠️ Vướng mắc (Công an Phường 5, từ 08/03/2023, 2 ngày làm việc): vướng kinh phí');
  });

  it('/baocao section IV and the steering digest both show the blocker; /chitiet and /baocao agree on the support part', async () => {
    const [report] = await h.send(STEERING_CHAT, SECRETARY, '/baocao');
    const text = marksToPlainText(report?.html ?? '');
    expect(text).toContain('IV. KHÓ KHĂN, VƯỚNG MẮC\n1. [GD2-02]');
    expect(text).toContain('— Công an Phường 5: vướng kinh phí (từ ngày 08/03/2023).');
    expect(text).toMatch(/Công an Phường 5: chủ trì \d+ \([^)]*\); phối hợp 2 \(hoàn thành đúng hạn 1; chưa hoàn thành trong hạn 1\)\./);
    const steering = await h.chat(STEERING_CHAT);
    const [digest = ''] = (await previewDigest(h.stores, steering, h.clock.now(), vietnamCalendar)).messages;
    expect(marksToPlainText(digest)).toContain('Vướng mắc chưa được giải quyết (1)');
    expect(marksToPlainText(digest)).toContain('Công an Phường 5, từ 08/03/2023');
    const [detail] = await h.send(STEERING_CHAT, SECRETARY, '/chitiet GD2-01');
    expect(detail?.html).toContain('Công an Phường 5 (phối hợp): Hoàn thành đúng hạn');
    // the task's state is the lead's (CATP has not reported); the support's part is its own
    expect(detail?.html).toContain('Trạng thái: <b>Chưa thực hiện</b>');
  });

  it('the steering digest shows short names and units without a group once', async () => {
    const steering = await h.chat(STEERING_CHAT);
    const [digest = ''] = (await previewDigest(h.stores, steering, h.clock.now(), vietnamCalendar)).messages;
    const text = marksToPlainText(digest);
    expect(text).toContain('\nCông an thành phố\n  chủ trì');
    expect(text).not.toMatch(/^MTTQ_P5 /m);
    expect(text).toMatch(/Đơn vị chưa kết nối nhóm \(\d+\): [^\n]*Mặt trận Tổ quốc Phường 5/);
    expect(text).not.toContain('chưa báo cáo trong 7 ngày');
    // ten days on, the connected units that went quiet are chased; units without a group are not among them
    const [later = ''] = (await previewDigest(h.stores, steering, vietnamInstant(2023, 3, 20, 16, 30), vietnamCalendar)).messages;
    const silent = /Đơn vị chưa báo cáo về kế hoạch này trong 7 ngày \(\d+\)\n((?:• .*\n?)*)/.exec(marksToPlainText(later))?.[1] ?? '';
    expect(silent).toContain('• Công an thành phố — chưa báo cáo lần nào');
    expect(silent).toContain('• Công an Phường 5 — báo cáo gần nhất 08/03/2023');
    expect(silent).not.toContain('Mặt trận');
    expect(marksToPlainText(later).match(/Mặt trận Tổ quốc Phường 5/g)).toHaveLength(2); // its table row and the "chưa kết nối nhóm" list
  });
});

describe('only a supporting unit reported: the lead’s status stays the lead’s (newcomer test)', () => {
  let h: CommandHarness;
  withHarness({ per: 'all', start: vietnamInstant(2023, 3, 6, 9, 0) }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
    await h.send(CAP5_CHAT, FOCAL, '/tiendo GD2-01 40 đang rà soát');
  });

  it('steering /nhiemvu lists GD2-01 under its lead as not started, with the support’s progress labelled as the support’s', async () => {
    const [answer] = await h.send(STEERING_CHAT, SECRETARY, '/nhiemvu');
    const html = answer?.html ?? '';
    expect(sectionOf(html, 'GD2-01')).toMatch(/^Chưa thực hiện \(\d+\)$/);
    const text = marksToPlainText(html);
    const block = text.slice(text.indexOf('• GD2-01 ')).split('\n• ')[0]!;
    expect(block).toContain('Phối hợp: Công an Phường 5 — Đang thực hiện 40%');
    expect(block.split('\n')[0]).not.toContain('40%'); // the lead's line carries the lead's figures only
  });

  it('/chitiet says the same: the task (the lead’s) not started, the support’s part in progress', async () => {
    const [detail] = await h.send(STEERING_CHAT, SECRETARY, '/chitiet GD2-01');
    expect(detail?.html).toContain('Trạng thái: <b>Chưa thực hiện</b>');
    expect(detail?.html).toContain('Công an Phường 5 (phối hợp): Đang thực hiện 40%');
  });

  it('/kehoach counts GD2-01 as not started, as /nhiemvu lists it', async () => {
    const [list] = await h.send(STEERING_CHAT, SECRETARY, '/nhiemvu');
    const listed = marksToPlainText(list?.html ?? '')
      .split('\n')
      .filter((line) => /^Đang thực hiện \(\d+\)$/.test(line))
      .reduce((sum, line) => sum + Number(/\((\d+)\)/.exec(line)?.[1] ?? 0), 0);
    const [overview] = await h.send(STEERING_CHAT, SECRETARY, '/kehoach');
    expect(marksToPlainText(overview?.html ?? '')).toMatch(new RegExp(`đang thực hiện:? ${listed}\\b`, 'i'));
  });
});

describe('a confirmed task: /chitiet and /baocao agree on the supporting units (issue 10, P5-01)', () => {
  let h: CommandHarness;
  withHarness({ per: 'all', start: vietnamInstant(2023, 3, 6, 9, 0) }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
    await h.send(CAP5_CHAT, FOCAL, '/xong P5-01');
    await h.send(STEERING_CHAT, SECRETARY, '/xacnhan P5-01');
  });

  it('every supporting unit’s part is done in both (P5-01 has no deadline: neither on time nor late)', async () => {
    const [detail] = await h.send(STEERING_CHAT, SECRETARY, '/chitiet P5-01');
    expect(detail?.html).toContain(
      'Ủy ban Mặt trận Tổ quốc Việt Nam Phường 5 (phối hợp): Nhiệm vụ hoàn thành (không có hạn) theo báo cáo của đơn vị chủ trì; đơn vị không báo hoàn thành phần phối hợp',
    );
    expect(detail?.html).not.toContain('đúng hạn');
    expect(detail?.html).not.toContain('Chưa thực hiện');
    const [report] = await h.send(STEERING_CHAT, SECRETARY, '/baocao');
    expect(report?.html).toContain(
      'Ủy ban Mặt trận Tổ quốc Việt Nam Phường 5: phối hợp 1 (không có hạn 1: hoàn thành 1, chưa hoàn thành 0), phần việc đã hoàn thành 1 (1 theo báo cáo của đơn vị chủ trì, đơn vị không báo hoàn thành).',
    );
  });
});

describe('/gotvuong', () => {
  let h: CommandHarness;
  withHarness({ per: 'each', start: vietnamInstant(2023, 3, 6, 9, 0) }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
    await h.send(CAP5_CHAT, FOCAL, '/vuongmac GD2-02 vướng kinh phí');
  });

  it('the secretariat resolves a blocker: audited, the unit told, gone from every view', async () => {
    const [answer] = await h.send(STEERING_CHAT, SECRETARY, '/gotvuong GD2-02 đã bố trí kinh phí');
    expect(answer?.html).toContain('Đã ghi nhận gỡ vướng nhiệm vụ <b>GD2-02</b> (Công an Phường 5)');
    const task = (await h.stores.tasks.findTaskByCode('GD2-02'))!;
    const cap5 = task.assignments.find((a) => a.unitCode === 'CAP5')!;
    expect(cap5.status).toBe('in_progress');
    expect(cap5.lastReportAt).toEqual(vietnamInstant(2023, 3, 6, 9, 0));
    expect((await h.stores.audit.list({ entityType: 'task', entityId: String(task.id), action: 'task.blocker_resolve' })).length).toBe(1);
    const unitChat = await h.chat(CAP5_CHAT);
    expect(h.outbox.to(unitChat.id).some((q) => q.message.html.includes('đã gỡ vướng mắc') && q.message.html.includes('đã bố trí kinh phí'))).toBe(true);
    const [list] = await h.send(CAP5_CHAT, FOCAL, '/nhiemvu');
    expect(list?.html).not.toContain('Vướng mắc');
    const [report] = await h.send(STEERING_CHAT, SECRETARY, '/baocao');
    expect(report?.html).toContain('IV. KHÓ KHĂN, VƯỚNG MẮC\n(Không có.)');
  });

  it('the blocker notice carries a [Gỡ vướng] button that does the same; a second press says there is nothing left', async () => {
    const steering = await h.chat(STEERING_CHAT);
    const notice = h.outbox.to(steering.id).find((q) => q.idempotencyKey.startsWith('blocker:'))!;
    const button = notice.message.buttons!.flat().find((b) => 'data' in b && b.data.startsWith('gv:'))!;
    const data = 'data' in button ? button.data : '';
    await h.press(STEERING_CHAT, SECRETARY, data);
    expect((await h.stores.tasks.findTaskByCode('GD2-02'))!.assignments.find((a) => a.unitCode === 'CAP5')!.status).toBe('in_progress');
    await h.press(STEERING_CHAT, SECRETARY, data);
    expect(h.toasts.at(-1)).toContain('không có vướng mắc nào');
  });

  it('only the secretariat, only in the steering group; changes nothing otherwise', async () => {
    const before = await h.snapshot();
    expect((await h.send(STEERING_CHAT, OTHER, '/gotvuong GD2-02'))[0]?.html).toContain('Chỉ thường trực');
    expect((await h.send(CAP5_CHAT, SECRETARY, '/gotvuong GD2-02'))[0]?.html).toContain('nhóm Ban Chỉ đạo');
    expect((await h.send(STEERING_CHAT, SECRETARY, '/gotvuong GD2-01'))[0]?.html).toContain('không có vướng mắc nào');
    expect(await h.snapshot()).toEqual(before);
  });

  it('is in the steering group’s help and the command menu, not in a unit group’s help', async () => {
    expect((await h.send(STEERING_CHAT, SECRETARY, '/trogiup'))[0]?.html).toContain('/gotvuong &lt;mã&gt; [ghi chú]');
    expect((await h.send(CAP5_CHAT, FOCAL, '/trogiup'))[0]?.html).not.toContain('/gotvuong');
    const vi = menuCommands(commands as unknown as CommandDefinition[], 'vi');
    expect(vi.find((c) => c.command === 'gotvuong')?.description).toContain('gỡ vướng');
  });

  it('a later progress report of the unit resolves it too', async () => {
    await h.send(CAP5_CHAT, FOCAL, '/tiendo GD2-02 30 đã có kinh phí');
    const [report] = await h.send(STEERING_CHAT, SECRETARY, '/baocao');
    expect(report?.html).toContain('IV. KHÓ KHĂN, VƯỚNG MẮC\n(Không có.)');
  });
});
