import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Button } from '../../src/core/model/outgoing.ts';
import { refreshImportedCards } from '../../src/core/usecases/refresh-task-cards.ts';
import { createTaskCardRefresher } from '../../src/core/usecases/render-task-cards.ts';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { vietnamInstant } from '../../src/core/time/zone.ts';
import type { QueuedMessage } from '../support/fake-outbox.ts';
import { loadSeedPlan } from '../support/stores.ts';
import { BOT_MENTION, CAP5_CHAT, CATP_CHAT, type CommandHarness, FOCAL, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';

const dataOf = (button: Button | undefined) => (button && 'data' in button ? button.data : '');
const buttonData = (message: QueuedMessage) => (message.message.buttons ?? []).flat().map(dataOf);

/**
 * The card a unit's group got when a task was assigned is edited whenever the task's shown state
 * changes, so it never disagrees with /chitiet: each trigger is driven through its command or button
 * (the use case behind it), over real stores and the in-memory outbox.
 */
describe('task cards follow the task', () => {
  let h: CommandHarness;
  withHarness({ per: 'each' }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
    await h.deliver();
  });

  const taskOf = async (code: string) => (await h.stores.tasks.findTaskByCode(code)) ?? (await h.stores.tasks.findArchivedTaskByCode(code))!;
  /** Every row that edits the card of `code` in the chat, delivered or waiting. */
  async function editsOf(code: string, chatExternalId = CAP5_CHAT): Promise<QueuedMessage[]> {
    const [task, chat] = [await taskOf(code), await h.chat(chatExternalId)];
    return h.outbox.queued.filter((q) => q.edits === `task:${task.id}:${chat.id}`);
  }
  /** The waiting "refresh the cards of this task" entries (one per task while it waits). */
  async function refreshesOf(code: string): Promise<QueuedMessage[]> {
    const task = await taskOf(code);
    return h.outbox.queued.filter((q) => q.chatId === null && q.card?.taskId === task.id && !q.done);
  }
  /** The card of `code` in the chat as an edit sent now would show it. */
  async function renderedNow(code: string, chatExternalId = CAP5_CHAT): Promise<string> {
    const [task, chat] = [await taskOf(code), await h.chat(chatExternalId)];
    const refresher = createTaskCardRefresher({ stores: h.stores, outbox: h.outbox });
    const message = await refresher.render({ taskId: task.id, unitId: chat.unitId!, chatId: chat.id }, h.clock.now());
    return marksToPlainText(message?.html ?? '');
  }
  /** The card as the group sees it now: the original message with its latest delivered edit. */
  async function card(code: string, chatExternalId = CAP5_CHAT): Promise<{ text: string; buttons: string[]; edits: number }> {
    await h.deliver();
    const [task, chat] = [await taskOf(code), await h.chat(chatExternalId)];
    const original = h.outbox.queued.find((q) => q.idempotencyKey === `task:${task.id}:${chat.id}`);
    if (!original?.messageId) throw new Error(`no card of ${code} in ${chatExternalId}`);
    const edits = (await editsOf(code, chatExternalId)).filter((q) => q.messageId);
    for (const edit of edits) expect(edit.messageId).toBe(original.messageId);
    const shown = edits.at(-1) ?? original;
    return { text: marksToPlainText(shown.message.html), buttons: buttonData(shown), edits: edits.length };
  }
  /** The secretariat sends an edited plan file and presses [Kích hoạt]. */
  async function importAndActivate(planYaml: string): Promise<void> {
    const [preview] = await h.sendDocument(STEERING_CHAT, SECRETARY, { fileName: 'ke-hoach.yaml', bytes: new TextEncoder().encode(planYaml) });
    const ok = (preview?.buttons ?? [])
      .flat()
      .map(dataOf)
      .find((data) => data.endsWith(':ok'));
    await h.press(STEERING_CHAT, SECRETARY, ok!);
    expect(h.replies.at(-1)?.html).toContain('đã nhập và kích hoạt kế hoạch');
  }
  const statusLine = (text: string) => text.split('\n').find((line) => line.startsWith('Trạng thái:'));
  async function detailStatus(code: string): Promise<string | undefined> {
    const [reply] = await h.send(STEERING_CHAT, SECRETARY, `/chitiet ${code}`);
    // /chitiet adds the live judgement against the deadline ("· Trong hạn"); the card names the state.
    return statusLine(marksToPlainText(reply?.html ?? ''))?.split(' · ')[0];
  }

  it('a posted card already names the state, and has the status buttons', async () => {
    const posted = await card('P5-01');
    expect(statusLine(posted.text)).toBe('Trạng thái: Chưa thực hiện');
    expect(posted.buttons.map((data) => data.split(':').at(-1))).toEqual(['ip', 'dn', 'bl', 'dt']);
    expect(posted.edits).toBe(0);
  });

  it('a progress report edits the card to the new state, as /chitiet says it', async () => {
    await h.send(CAP5_CHAT, FOCAL, '/tiendo P5-01 60 đã họp triển khai');
    const shown = await card('P5-01');
    expect(statusLine(shown.text)).toBe('Trạng thái: Đang thực hiện 60%');
    expect(statusLine(shown.text)).toBe(await detailStatus('P5-01'));
    expect(shown.edits).toBe(1);
  });

  it('a reply read as a report edits the card too', async () => {
    const messageId = await h.taskMessageId(CAP5_CHAT, 'P5-02');
    await h.replyTo(CAP5_CHAT, FOCAL, messageId, 'đã triển khai được 40%');
    expect(statusLine((await card('P5-02')).text)).toBe('Trạng thái: Đang thực hiện 40%');
  });

  it('several changes in a burst leave one waiting edit with the newest state; a later change queues another', async () => {
    await h.send(CAP5_CHAT, FOCAL, '/tiendo P5-01 30');
    await h.send(CAP5_CHAT, FOCAL, '/tiendo P5-01 50');
    await h.send(CAP5_CHAT, FOCAL, '/vuongmac P5-01 thiếu kinh phí');
    // one waiting refresh of the task's cards (one entry for the burst), rendered when sent
    expect(await refreshesOf('P5-01')).toHaveLength(1);
    expect(await editsOf('P5-01')).toHaveLength(0);
    const blocked = await card('P5-01');
    expect(blocked.edits).toBe(1);
    expect(statusLine(blocked.text)).toBe('Trạng thái: Vướng mắc 50%');
    expect(blocked.text).toMatch(/⚠️ Vướng mắc \(Công an Phường 5, .*\): thiếu kinh phí/);
    expect(statusLine(blocked.text)).toBe(await detailStatus('P5-01'));

    // the blocker resolved by the secretariat: a second edit, after the first went out
    await h.send(STEERING_CHAT, SECRETARY, '/gotvuong P5-01 đã bố trí kinh phí');
    const resolved = await card('P5-01');
    expect(statusLine(resolved.text)).toBe('Trạng thái: Đang thực hiện 50%');
    expect(resolved.text).not.toContain('⚠️');
    expect(resolved.edits).toBe(2);
  });

  it('done reported → awaiting confirmation; confirmed → done with only [Chi tiết] left', async () => {
    await h.send(CAP5_CHAT, FOCAL, '/xong P5-01');
    const awaiting = await card('P5-01');
    expect(statusLine(awaiting.text)).toBe('Trạng thái: Chờ xác nhận 100%');
    expect(awaiting.buttons).toHaveLength(4);

    await h.send(STEERING_CHAT, SECRETARY, '/xacnhan P5-01');
    const done = await card('P5-01');
    expect(statusLine(done.text)).toBe('Trạng thái: Hoàn thành (không có hạn) 100%');
    expect(statusLine(done.text)).toBe(await detailStatus('P5-01'));
    expect(done.text).toContain('Nhiệm vụ đã được Ban Chỉ đạo xác nhận hoàn thành; không cần báo cáo thêm.');
    expect(done.text).not.toContain('Trả lời tin nhắn này');
    expect(done.buttons.map((data) => data.split(':').at(-1))).toEqual(['dt']);
  });

  it('a "done" returned by the secretariat shows as returned', async () => {
    await h.send(CAP5_CHAT, FOCAL, '/xong P5-02');
    await h.send(STEERING_CHAT, SECRETARY, '/tralai P5-02 thiếu biên bản');
    const returned = await card('P5-02');
    expect(statusLine(returned.text)).toBe('Trạng thái: Bị trả lại');
    expect(statusLine(returned.text)).toBe(await detailStatus('P5-02'));
    expect(returned.buttons).toHaveLength(4);
  });

  it('an undone report puts the card back', async () => {
    const [receipt] = await h.send(CAP5_CHAT, FOCAL, '/tiendo P5-01 70');
    expect(statusLine((await card('P5-01')).text)).toBe('Trạng thái: Đang thực hiện 70%');
    const undo = receipt?.buttons
      ?.flat()
      .map(dataOf)
      .find((data) => data.startsWith('ud:'));
    await h.press(CAP5_CHAT, FOCAL, undo!);
    const restored = await card('P5-01');
    expect(statusLine(restored.text)).toBe('Trạng thái: Chưa thực hiện');
    expect(statusLine(restored.text)).toBe(await detailStatus('P5-01'));
  });

  it('a deadline moved by /doihan or by an approved extension is the card’s new deadline', async () => {
    await h.send(STEERING_CHAT, SECRETARY, '/doihan P5-01 15/04/2023 theo chỉ đạo mới');
    expect((await card('P5-01')).text).toMatch(/Hạn: 15\/04\/2023\n/);

    await h.bindSteeringAndUnit('CATP', CATP_CHAT);
    await h.send(CAP5_CHAT, FOCAL, '/giahan GD2-02 30/06/2023 vướng kinh phí');
    expect((await card('GD2-02')).text).toContain('Hạn: 31/05/2023');
    await h.send(STEERING_CHAT, SECRETARY, '/duyetgiahan GD2-02');
    // every unit on the task: the supporting CAP5 and the lead CATP
    for (const chat of [CAP5_CHAT, CATP_CHAT]) expect((await card('GD2-02', chat)).text).toContain('Hạn: 30/06/2023');
  });

  it('a supporting unit reads the task’s state and its own part', async () => {
    await h.send(CAP5_CHAT, FOCAL, '/xong GD2-01');
    const text = (await card('GD2-01')).text;
    expect(statusLine(text)).toBe('Trạng thái: Chưa thực hiện');
    expect(text).toContain('Phần của đơn vị: Hoàn thành');
  });

  it("a supporting unit working beside the lead keeps its own percent on its card, never the lead's as its own", async () => {
    await h.bindSteeringAndUnit('CATP', CATP_CHAT);
    await h.send(CAP5_CHAT, FOCAL, '/tiendo GD2-02 40');
    await h.send(CATP_CHAT, FOCAL, '/tiendo GD2-02 60');
    const text = (await card('GD2-02')).text;
    expect(statusLine(text)).toBe('Trạng thái: Đang thực hiện');
    expect(text).toContain('Phần của đơn vị: Đang thực hiện 40%');
    expect(text).not.toContain('Đang thực hiện 60%');
    // the lead's own card shows the task's progress, which is its own
    expect(statusLine((await card('GD2-02', CATP_CHAT)).text)).toBe('Trạng thái: Đang thực hiện 60%');
  });

  it('/giao: the units that keep the task see its new lead and supporting units', async () => {
    await h.send(STEERING_CHAT, SECRETARY, '/giao P5-02 CAP5 CATP | cần Công an thành phố hỗ trợ');
    expect((await card('P5-02')).text).toContain('Phối hợp: Công an thành phố Trà Vinh');
  });

  it('/giao: a unit taken off the task reads that it is no longer its own, with the new lead, and only [Chi tiết]', async () => {
    await h.bindSteeringAndUnit('CATP', CATP_CHAT);
    await h.send(STEERING_CHAT, SECRETARY, '/giao P5-02 CATP | chuyển Công an thành phố chủ trì');
    const removed = await card('P5-02');
    expect(removed.text).toContain(
      '⛔ Nhiệm vụ này không còn giao cho đơn vị: ngày 27/02/2023, Ban Chỉ đạo đã giao Công an thành phố Trà Vinh chủ trì; không cần báo cáo nữa.',
    );
    expect(removed.text).not.toContain('Trạng thái:');
    expect(removed.text).not.toContain('Vai trò');
    expect(removed.buttons.map((data) => data.split(':').at(-1))).toEqual(['dt']);
    expect(removed.edits).toBe(1);
    // the new lead gets the task as a fresh card, with its status buttons
    expect((await card('P5-02', CATP_CHAT)).buttons).toHaveLength(4);

    // given back: the unit's card (the same message) is live again, not posted twice
    await h.send(STEERING_CHAT, SECRETARY, '/giao P5-02 CAP5 CATP | Công an Phường 5 chủ trì lại');
    const back = await card('P5-02');
    expect(back.text).toContain('Vai trò: chủ trì');
    expect(statusLine(back.text)).toBe('Trạng thái: Chưa thực hiện');
    expect(back.text).not.toContain('⛔');
    expect(back.buttons).toHaveLength(4);
    expect(back.edits).toBe(2);
  });

  it('a pending extension request is on the card until the steering group denies it', async () => {
    await h.send(CAP5_CHAT, FOCAL, '/giahan P5-01 30/06/2023 vướng kinh phí');
    const asked = await card('P5-01');
    expect(asked.text).toContain('⏳ Đã xin gia hạn đến 30/06/2023, chờ Ban Chỉ đạo quyết định.');
    expect(statusLine(asked.text)).toBe('Trạng thái: Chưa thực hiện');
    expect(asked.buttons).toHaveLength(4);
    expect(asked.edits).toBe(1);
    // a later report keeps the request on the card
    await h.send(CAP5_CHAT, FOCAL, '/tiendo P5-01 20');
    const reported = await card('P5-01');
    expect(statusLine(reported.text)).toBe('Trạng thái: Đang thực hiện 20%');
    expect(reported.text).toContain('⏳ Đã xin gia hạn đến 30/06/2023');

    await h.send(STEERING_CHAT, SECRETARY, '/tuchoigiahan P5-01 CAP5 chưa đủ căn cứ');
    const denied = await card('P5-01');
    expect(denied.text).not.toContain('⏳');
    expect(denied.text).toContain('Hạn: kế hoạch không nêu hạn riêng');
    expect(statusLine(denied.text)).toBe('Trạng thái: Đang thực hiện 20%');
    expect(denied.buttons).toHaveLength(4);
    expect(denied.edits).toBe(3);
  });

  it('a supporting unit’s request shows on the lead’s card by name; asked and denied in a burst, one edit waits, the newest', async () => {
    await h.bindSteeringAndUnit('CATP', CATP_CHAT);
    await h.send(CAP5_CHAT, FOCAL, '/giahan GD2-02 30/06/2023 vướng kinh phí');
    // what an edit sent now would show (the sender renders the card when it sends it)
    expect(await renderedNow('GD2-02', CATP_CHAT)).toContain('⏳ Công an Phường 5 đã xin gia hạn đến 30/06/2023, chờ Ban Chỉ đạo quyết định.');
    expect(await renderedNow('GD2-02')).toContain('⏳ Đã xin gia hạn đến 30/06/2023');

    await h.send(STEERING_CHAT, SECRETARY, '/tuchoigiahan GD2-02 CAP5 chưa đủ căn cứ');
    expect(await refreshesOf('GD2-02')).toHaveLength(1);
    const lead = await card('GD2-02', CATP_CHAT);
    expect(lead.text).not.toContain('⏳');
    expect(lead.text).toContain('Hạn: 31/05/2023');
    expect(lead.buttons).toHaveLength(4);
    expect(lead.edits).toBe(1);
  });

  it('a request by a unit /giao then took off the task is withdrawn: it leaves the lead’s card', async () => {
    await h.bindSteeringAndUnit('CATP', CATP_CHAT);
    await h.send(CAP5_CHAT, FOCAL, '/giahan GD2-02 30/06/2023 vướng kinh phí');
    await h.send(STEERING_CHAT, SECRETARY, '/giao GD2-02 CATP không | Công an thành phố tự thực hiện');
    const lead = await card('GD2-02', CATP_CHAT);
    expect(lead.text).not.toContain('⏳');
    expect(lead.text).toContain('Hạn: 31/05/2023');
    expect(lead.text).not.toContain('Phối hợp:');
    expect((await card('GD2-02')).text).toContain('Nhiệm vụ này không còn giao cho đơn vị');
  });

  it('a re-import: a changed task’s card reads the new wording; an archived one says it left the plan and loses its buttons', async () => {
    h.clock.set(vietnamInstant(2023, 2, 28, 8, 0));
    const seed = await loadSeedPlan();
    const plan = {
      ...seed,
      tasks: seed.tasks
        .filter((task) => task.code !== 'P5-01')
        .map((task) => (task.code === 'P5-02' ? { ...task, title: 'Xây dựng Công an Phường 5 vững mạnh' } : task)),
    };
    const summary = await h.stores.plans.importPlan(plan, { actor: { id: 'test' }, at: h.clock.now() });
    expect(summary.archived).toEqual(['P5-01']);
    expect(await refreshImportedCards({ stores: h.stores, outbox: h.outbox }, { summary, now: h.clock.now() })).toBeGreaterThanOrEqual(2);
    const archived = await card('P5-01');
    expect(archived.text).toContain('⛔ Nhiệm vụ này không còn trong kế hoạch 45/KH-BCĐ: đã được lưu trữ ngày 28/02/2023');
    expect(archived.text).not.toContain('Trạng thái:');
    expect(archived.buttons).toEqual([]);
    expect((await card('P5-02')).text).toContain('📌 Xây dựng Công an Phường 5 vững mạnh');
  });

  it('[Kích hoạt] under a plan file sent again edits the cards of the tasks it changed and archived', async () => {
    h.clock.set(vietnamInstant(2023, 2, 28, 8, 0));
    const seed = readFileSync('plans/45-KH-BCD-2023.yaml', 'utf8');
    const [from, to] = [seed.indexOf('  - code: P5-01'), seed.indexOf('  - code: P5-02')];
    const edited = (seed.slice(0, from) + seed.slice(to)).replace(
      'title: Xây dựng lực lượng Công an Phường 5 vững mạnh, làm nòng cốt trong công tác chuyển hóa',
      'title: Xây dựng Công an Phường 5 vững mạnh',
    );
    await importAndActivate(edited);
    const archived = await card('P5-01');
    expect(archived.text).toContain('Nhiệm vụ này không còn trong kế hoạch 45/KH-BCĐ');
    expect(archived.buttons).toEqual([]);
    expect((await card('P5-02')).text).toContain('📌 Xây dựng Công an Phường 5 vững mạnh');
  });

  it('[Kích hoạt] of a plan that moves a task to another lead: the old lead’s card says it is no longer theirs, the new lead gets one, a swapped role reads anew', async () => {
    await h.bindSteeringAndUnit('CATP', CATP_CHAT);
    h.clock.set(vietnamInstant(2023, 2, 28, 8, 0));
    expect((await card('P5-01')).text).toContain('Vai trò: chủ trì');
    expect((await card('GD2-02')).text).toContain('Vai trò: phối hợp');
    const seed = readFileSync('plans/45-KH-BCD-2023.yaml', 'utf8');
    const block = (code: string) => {
      const from = seed.indexOf(`  - code: ${code}\n`);
      return [from, seed.indexOf('  - code: ', from + 1)] as const;
    };
    const replaceIn = (text: string, code: string, from: string, to: string) => {
      const [start, end] = block(code);
      expect(text.slice(start, end)).toContain(from);
      return text.slice(0, start) + text.slice(start, end).replace(from, to) + text.slice(end);
    };
    // P5-01 leaves CAP5 for CATP; GD2-02 swaps its lead (CATP) and its supporting unit (CAP5)
    let edited = replaceIn(seed, 'P5-01', 'lead: CAP5\n    support: [CTXH_P5]', 'lead: CATP\n    support: [CTXH_P5]');
    edited = replaceIn(edited, 'GD2-02', 'lead: CATP\n    support: [CAP5]', 'lead: CAP5\n    support: [CATP]');
    await importAndActivate(edited);

    const old = await card('P5-01');
    expect(old.text).toContain(
      '⛔ Nhiệm vụ này không còn giao cho đơn vị: ngày 28/02/2023, kế hoạch 45/KH-BCĐ được nhập lại và giao Công an thành phố Trà Vinh chủ trì',
    );
    expect(old.text).not.toContain('Vai trò:');
    expect(old.buttons.map((data) => data.split(':').at(-1))).toEqual(['dt']);
    const fresh = await card('P5-01', CATP_CHAT);
    expect(fresh.text).toContain('Vai trò: chủ trì');
    expect(fresh.buttons.map((data) => data.split(':').at(-1))).toEqual(['ip', 'dn', 'bl', 'dt']);
    expect((await card('GD2-02')).text).toContain('Vai trò: chủ trì');
    expect((await card('GD2-02', CATP_CHAT)).text).toContain('Vai trò: phối hợp');
  });

  it('a group on Zalo (no edits) gets no edit of its card: no new message either', async () => {
    const [invite] = await h.send(STEERING_CHAT, SECRETARY, '/moi CAP5');
    const code = /<code>([A-Z0-9]{8})<\/code>/.exec(invite?.html ?? '')?.[1];
    await h.send('-zalo-cap5', FOCAL, `/ketnoi ${code}`, { platform: 'zalo' });
    await h.deliver();
    await h.mention('-zalo-cap5', FOCAL, `${BOT_MENTION} P5-01 đã triển khai được 60%`, { platform: 'zalo' });
    await h.send(STEERING_CHAT, SECRETARY, '/doihan P5-01 15/04/2023 theo chỉ đạo mới');
    const zalo = await h.chat('-zalo-cap5', 'zalo');
    expect(h.outbox.to(zalo.id).filter((q) => q.kind === 'task').length).toBeGreaterThan(0);
    expect(h.outbox.to(zalo.id).filter((q) => q.edits)).toEqual([]);
    // the Telegram group of the same unit does get its card edited
    expect(statusLine((await card('P5-01')).text)).toBe('Trạng thái: Đang thực hiện 60%');
  });
});
