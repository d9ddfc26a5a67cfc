import { describe, expect, it } from 'vitest';
import { buildSteeringDigests } from '../../jobs/digest-content.ts';
import { vietnamInstant } from '../../src/core/time/zone.ts';
import { CAP5_CHAT, CATP_CHAT, type CommandHarness, FOCAL, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';

const plain = (html: string | undefined) => (html ?? '').replace(/<[^>]+>/g, '');

/**
 * CAP5 supports GD2-02, led by CATP, whose group is not connected yet. Its /giahan must not claim the
 * lead was told; the request stays visible (/chitiet, steering digest) until decided, and CATP learns
 * of it when its group connects.
 */
describe('an extension request from a supporting unit while the lead unit has no group', () => {
  let h: CommandHarness;
  let steeringId: number;
  withHarness({ per: 'all', start: vietnamInstant(2023, 3, 6, 9, 0) }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
    steeringId = (await h.stores.chats.listChats({ kind: 'steering' }))[0]!.id;
  });

  it('says the truth to the unit and to the steering group: the lead has no group, it was not told', async () => {
    const [answer] = await h.send(CAP5_CHAT, FOCAL, '/giahan GD2-02 30/06/2023 vướng kinh phí');
    expect(plain(answer?.html)).toContain('Đơn vị chủ trì Công an thành phố Trà Vinh chưa có nhóm kết nối nên chưa báo được');
    expect(plain(answer?.html)).not.toContain('và báo cho đơn vị chủ trì');
    const ask = h.outbox.to(steeringId).find((q) => q.idempotencyKey.startsWith('extension:'))!;
    expect(plain(ask.message.html)).toContain('Đơn vị chủ trì: Công an thành phố Trà Vinh (chưa có nhóm, chưa báo được');
    expect(plain(ask.message.html)).not.toContain('(đã được báo)');
  });

  it('stays in /chitiet and in the steering digest while undecided', async () => {
    h.clock.set(vietnamInstant(2023, 3, 20, 9, 0));
    const [detail] = await h.send(STEERING_CHAT, SECRETARY, '/chitiet GD2-02');
    expect(plain(detail?.html)).toContain('🕒 Đề nghị gia hạn chờ quyết định: Công an Phường 5 đề nghị đến 30/06/2023 (gửi 06/03/2023) — vướng kinh phí');
    const [digest] = await buildSteeringDigests(h.stores, await h.chat(STEERING_CHAT), h.clock.now(), {
      weekly: false,
      since: vietnamInstant(2023, 3, 17, 16, 30),
    });
    const text = plain(digest?.html);
    expect(text).toContain('🕒 Đề nghị gia hạn chờ quyết định (1)');
    expect(text).toMatch(
      /GD2-02 .* — CA P5 đề nghị đến 30\/06\/2023 \(gửi 06\/03\/2023, chờ 10 ngày làm việc\)|GD2-02 .* — Công an Phường 5 đề nghị đến 30\/06\/2023 \(gửi 06\/03\/2023, chờ 10 ngày làm việc\)/,
    );
  });

  it('the lead learns of it when its group connects, once', async () => {
    await h.bindSteeringAndUnit('CATP', CATP_CHAT);
    const catp = (await h.chat(CATP_CHAT)).id;
    const notices = h.outbox.to(catp).filter((q) => q.idempotencyKey.startsWith('extension-asked:'));
    expect(notices).toHaveLength(1);
    expect(plain(notices[0]!.message.html)).toContain('Đơn vị phối hợp Công an Phường 5 đề nghị Ban Chỉ đạo gia hạn nhiệm vụ GD2-02');
    expect(plain(notices[0]!.message.html)).toContain(
      '(Đề nghị này được gửi ngày 06/03/2023, khi nhóm của đơn vị chưa được kết nối; Ban Chỉ đạo chưa quyết định.)',
    );
    // after the task cards: the notice follows the task's own message
    const kinds = h.outbox.to(catp).map((q) => q.kind);
    expect(kinds.lastIndexOf('task')).toBeLessThan(kinds.indexOf('notice'));
  });

  it('once decided it leaves /chitiet and the digest', async () => {
    await h.send(STEERING_CHAT, SECRETARY, '/duyetgiahan GD2-02');
    const [detail] = await h.send(STEERING_CHAT, SECRETARY, '/chitiet GD2-02');
    expect(plain(detail?.html)).not.toContain('Đề nghị gia hạn chờ quyết định');
    const [digest] = await buildSteeringDigests(h.stores, await h.chat(STEERING_CHAT), h.clock.now(), {
      weekly: false,
      since: vietnamInstant(2023, 3, 17, 16, 30),
    });
    expect(plain(digest?.html)).not.toContain('Đề nghị gia hạn chờ quyết định');
  });
});

/** QA: once decided, the steering ask was rewritten with "(đã được báo)" though the lead's group was still not connected. */
describe('an extension from a supporting unit decided while the lead unit has no group', () => {
  let h: CommandHarness;
  withHarness({ per: 'each', start: vietnamInstant(2023, 3, 6, 9, 0) }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
  });

  it('the closed ask still says the lead was not told', async () => {
    await h.send(CAP5_CHAT, FOCAL, '/giahan GD2-02 30/06/2023 vướng kinh phí');
    await h.send(STEERING_CHAT, SECRETARY, '/duyetgiahan GD2-02');
    const steeringId = (await h.stores.chats.listChats({ kind: 'steering' }))[0]!.id;
    const closed = h.outbox.to(steeringId).filter((q) => q.idempotencyKey.endsWith(':closed'));
    expect(closed.length).toBeGreaterThan(0);
    for (const q of closed) {
      expect(plain(q.message.html)).toContain('Đơn vị chủ trì: Công an thành phố Trà Vinh (chưa có nhóm, chưa báo được');
      expect(plain(q.message.html)).not.toContain('(đã được báo)');
    }
  });
});
