import { beforeEach, expect, it } from 'vitest';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { formatDateVi } from '../../src/core/time/zone.ts';
import { CAP5_CHAT, type CommandHarness, createHarness, FOCAL, SECRETARY, STEERING_CHAT } from '../support/command-harness.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';

const HPN_CHAT = '-2007';
const TITLE = 'Kiện toàn hệ thống chính trị và Ban Chỉ đạo Phường 5, các tổ chức quần chúng tham gia phòng, chống tội phạm';

/**
 * QA: a unit the task was taken from by /giao heard nothing it could act on. Every unit taken off
 * (lead or supporting) gets, in its connected group, a short notice that the task went to the new
 * lead, through the outbox like every other notice; a unit without a connected group gets nothing.
 */
describeOnEachDatabase('/giao tells the units it took the task from', (use) => {
  let h: CommandHarness;
  beforeEach(async () => {
    h = await createHarness(use());
    await h.bindSteeringAndUnit();
    await h.bindSteeringAndUnit('HPN_P5', HPN_CHAT);
    await h.deliver();
  });
  /** A /giao a minute after the last one (each /giao's notices are keyed by its time). */
  const giao = async (text: string) => {
    h.clock.advance(60_000);
    await h.send(STEERING_CHAT, SECRETARY, text);
  };
  /** The /giao notices of P5-01 queued for a group, as it reads them once delivered. */
  const noticesIn = async (chatExternalId: string) => {
    await h.deliver();
    const [task, chat] = [(await h.stores.tasks.findTaskByCode('P5-01'))!, await h.chat(chatExternalId)];
    const rows = h.outbox.queued.filter((q) => q.chatId === chat.id && q.kind === 'notice' && q.idempotencyKey.startsWith(`assign:${task.id}:`));
    for (const row of rows) expect(row.messageId).toBeTruthy();
    return rows.map((q) => marksToPlainText(q.message.html));
  };

  it('the former lead’s group reads that the task went to the new lead', async () => {
    await h.send(STEERING_CHAT, SECRETARY, '/giao P5-01 HND_P5 | theo chỉ đạo');
    expect(await noticesIn(CAP5_CHAT)).toEqual([
      `🔁 Ban Chỉ đạo đã giao nhiệm vụ P5-01 ${TITLE} cho Hội Nông dân Phường 5; đơn vị không còn thực hiện nhiệm vụ này.\nLý do: theo chỉ đạo`,
    ]);
    // a supporting unit kept reads the new assignment instead
    expect(await noticesIn(HPN_CHAT)).toEqual([
      expect.stringMatching(/^🔁 Ban Chỉ đạo điều chỉnh phân công nhiệm vụ P5-01 .*: chủ trì Hội Nông dân Phường 5; phối hợp: /),
    ]);
  });

  it('a supporting unit taken off is told the same; the kept lead reads the new assignment', async () => {
    await h.send(STEERING_CHAT, SECRETARY, '/giao P5-01 CAP5 MTTQ_P5 | thu gọn phối hợp');
    expect(await noticesIn(HPN_CHAT)).toEqual([
      `🔁 Ban Chỉ đạo đã giao nhiệm vụ P5-01 ${TITLE} cho Công an Phường 5; đơn vị không còn thực hiện nhiệm vụ này.\nLý do: thu gọn phối hợp`,
    ]);
    expect(await noticesIn(CAP5_CHAT)).toEqual([
      `🔁 Ban Chỉ đạo điều chỉnh phân công nhiệm vụ P5-01 ${TITLE}: chủ trì Công an Phường 5; phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam Phường 5.\nLý do: thu gọn phối hợp`,
    ]);
  });

  it('units taken off without a connected group get no notice anywhere', async () => {
    const before = h.outbox.queued.filter((q) => q.kind === 'notice').length;
    await h.send(STEERING_CHAT, SECRETARY, '/giao P5-01 CAP5 HPN_P5 | chỉ còn Hội Phụ nữ');
    const task = (await h.stores.tasks.findTaskByCode('P5-01'))!;
    const notices = h.outbox.queued.filter((q) => q.kind === 'notice').slice(before);
    const chats = await Promise.all([h.chat(CAP5_CHAT), h.chat(HPN_CHAT)]);
    // MTTQ, DTN, HCCB and HND Phường 5 were taken off but have no group: the two notices are the bound groups'
    expect(notices.map((q) => q.idempotencyKey).sort()).toEqual(chats.map((c) => `assign:${task.id}:${h.clock.now().getTime()}:${c.id}`).sort());
  });

  it('the former lead reporting on the task is told it was handed to the new lead on that day, and where its tasks are; a unit never on it, only where', async () => {
    await h.send(STEERING_CHAT, SECRETARY, '/giao P5-01 HND_P5 | theo chỉ đạo');
    const [handed] = await h.send(CAP5_CHAT, FOCAL, '/xong P5-01');
    expect(marksToPlainText(handed?.html ?? '')).toBe(
      `Nhiệm vụ P5-01 đã được giao cho Hội Nông dân Phường 5 từ ngày ${formatDateVi(h.clock.now())}; Công an Phường 5 không còn được giao nhiệm vụ này, nên không thể báo cáo hay đề nghị cho nhiệm vụ này. Gõ /nhiemvu để xem nhiệm vụ của đơn vị.`,
    );
    const [never] = await h.send(CAP5_CHAT, FOCAL, '/tiendo GD3-01 50');
    expect(marksToPlainText(never?.html ?? '')).toBe(
      'Đơn vị Công an Phường 5 không được giao nhiệm vụ GD3-01, nên không thể báo cáo hay đề nghị cho nhiệm vụ này. Gõ /nhiemvu để xem nhiệm vụ của đơn vị.',
    );
  });

  // QA: a unit given a task by /giao got the card but never the reason the committee typed
  it('a unit given the task reads why under its new card, as lead or as supporting unit', async () => {
    await giao('/giao P5-01 CAP5 không | thu gọn');
    await giao('/giao P5-01 HPN_P5 | Hội Phụ nữ nắm địa bàn');
    expect((await noticesIn(HPN_CHAT)).at(-1)).toBe(`🔁 Ban Chỉ đạo giao đơn vị chủ trì nhiệm vụ P5-01 ${TITLE}.\nLý do: Hội Phụ nữ nắm địa bàn`);
    await giao('/giao P5-01 CAP5 HPN_P5 | trả lại chủ trì');
    expect((await noticesIn(CAP5_CHAT)).at(-1)).toBe(`🔁 Ban Chỉ đạo giao đơn vị chủ trì nhiệm vụ P5-01 ${TITLE}.\nLý do: trả lại chủ trì`);
    expect((await noticesIn(HPN_CHAT)).at(-1)).toMatch(
      /^🔁 Ban Chỉ đạo điều chỉnh phân công nhiệm vụ P5-01 .*: chủ trì Công an Phường 5; phối hợp: Hội Liên hiệp Phụ nữ Phường 5\.\nLý do: trả lại chủ trì$/,
    );
    await giao('/giao P5-01 CAP5 không | thu gọn lần nữa');
    await giao('/giao P5-01 CAP5 HPN_P5 | cần Hội Phụ nữ phối hợp');
    expect((await noticesIn(HPN_CHAT)).at(-1)).toBe(
      `🔁 Ban Chỉ đạo giao đơn vị phối hợp với Công an Phường 5 thực hiện nhiệm vụ P5-01 ${TITLE}.\nLý do: cần Hội Phụ nữ phối hợp`,
    );
  });

  // QA: /chitiet showed deadline changes but no line for a /giao
  it('/chitiet lists each reassignment with its date, leads, supporting units and reason', async () => {
    h.clock.advance(86_400_000); // a day apart from the other tests' /giao: the suite shares one database (and its audit rows)
    await giao('/giao P5-01 HND_P5 | theo chỉ đạo mới');
    await giao('/giao P5-01 CAP5 không | trả lại Công an');
    await giao('/giao P5-01 CAP5 HPN_P5 | thêm phối hợp');
    const [detail] = await h.send(STEERING_CHAT, SECRETARY, '/chitiet P5-01');
    const day = formatDateVi(h.clock.now());
    const text = marksToPlainText(detail?.html ?? '');
    expect(text).toContain('\nGiao lại:\n');
    expect(text.slice(text.indexOf(`• ${day}`))).toBe(
      [
        `• ${day}: chủ trì Công an Phường 5 → Hội Nông dân Phường 5; phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam Phường 5, Đoàn Thanh niên Cộng sản Hồ Chí Minh Phường 5, Hội Liên hiệp Phụ nữ Phường 5, Hội Cựu chiến binh Phường 5 — theo chỉ đạo mới`,
        `• ${day}: chủ trì Hội Nông dân Phường 5 → Công an Phường 5; không có đơn vị phối hợp — trả lại Công an`,
        `• ${day}: chủ trì Công an Phường 5 (giữ nguyên); phối hợp: Hội Liên hiệp Phụ nữ Phường 5 — thêm phối hợp`,
      ].join('\n'),
    );
  });
});
