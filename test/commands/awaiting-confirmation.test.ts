import { describe, expect, it } from 'vitest';
import { buildSteeringDigests } from '../../jobs/digest-content.ts';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { vietnamInstant } from '../../src/core/time/zone.ts';
import { CATP_CHAT, type CommandHarness, FOCAL, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';

const lineOf = (html: string | undefined, code: string) =>
  marksToPlainText(html ?? '')
    .split('\n')
    .find((l) => l.includes(code)) ?? '';

/**
 * GD1-01 (hạn 28/02/2023) reported done by its lead on 27/02, on time; the secretariat has not
 * confirmed by 21/03. No view may call it "quá hạn 21 ngày": it was done on time and waits for the
 * secretariat, and the steering digest reminds the secretariat of it.
 */
describe('a task reported done on time and awaiting confirmation is judged at the report in every view', () => {
  let h: CommandHarness;
  withHarness({ per: 'all', start: vietnamInstant(2023, 2, 27, 9, 0) }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit('CATP', CATP_CHAT);
    await h.send(CATP_CHAT, FOCAL, '/xong GD1-01 đã ban hành kế hoạch');
    h.clock.set(vietnamInstant(2023, 3, 21, 9, 0));
  });

  it('steering /nhiemvu: "báo hoàn thành 27/02/2023, đúng hạn", not overdue', async () => {
    const [list] = await h.send(STEERING_CHAT, SECRETARY, '/nhiemvu');
    const line = lineOf(list?.html, 'GD1-01');
    expect(line).toContain('hạn 28/02/2023 · báo hoàn thành 27/02/2023, đúng hạn');
    expect(line).not.toContain('quá hạn');
  });

  it('the steering group’s ask judged it as the lists do: "đúng hạn", with the unit’s words labelled', async () => {
    const steering = await h.chat(STEERING_CHAT);
    const ask = h.outbox.to(steering.id).find((q) => q.idempotencyKey.startsWith('done:') && !q.edits);
    const text = marksToPlainText(ask?.message.html ?? '');
    expect(text).toContain('Hạn: 28/02/2023 · Báo lúc 09:00 27/02/2023, đúng hạn');
    expect(text).toContain('Lời báo của đơn vị: “đã ban hành kế hoạch”');
  });

  it('the unit’s /nhiemvu and /chitiet say the same', async () => {
    const [own] = await h.send(CATP_CHAT, FOCAL, '/nhiemvu');
    expect(lineOf(own?.html, 'GD1-01')).toContain('báo hoàn thành 27/02/2023, đúng hạn');
    expect(lineOf(own?.html, 'GD1-01')).not.toContain('quá hạn');
    const [detail] = await h.send(STEERING_CHAT, SECRETARY, '/chitiet GD1-01');
    expect(detail?.html).toContain('Hạn: <b>28/02/2023</b> (báo hoàn thành 27/02/2023, đúng hạn)');
    expect(detail?.html).not.toContain('quá hạn');
  });

  it('the steering digest reminds the secretariat of a report waiting more than 3 working days', async () => {
    const chat = await h.chat(STEERING_CHAT);
    const [digest] = await buildSteeringDigests(h.stores, chat, h.clock.now(), { weekly: true, since: vietnamInstant(2023, 3, 14, 16, 30) });
    const text = marksToPlainText(digest?.html ?? '');
    expect(text).toContain('⏰ Báo hoàn thành chờ xác nhận quá 3 ngày làm việc (1)');
    expect(text).toMatch(/GD1-01 .* — CA TP|GD1-01 .* — Công an/);
    expect(lineOf(digest?.html, 'GD1-01 ')).toContain('báo hoàn thành 27/02/2023, đúng hạn (chờ 16 ngày làm việc)');
    expect(text).toContain('/xacnhan <mã>');
    // the weekly list of overdue tasks does not blame the unit for the wait
    expect(text.split('🔴')[1] ?? '').not.toContain('GD1-01');
  });

  it('no reminder while a report is fresh (within 3 working days)', async () => {
    const chat = await h.chat(STEERING_CHAT);
    const [digest] = await buildSteeringDigests(h.stores, chat, vietnamInstant(2023, 3, 2, 16, 30), {
      weekly: false,
      since: vietnamInstant(2023, 3, 1, 16, 30),
    });
    expect(marksToPlainText(digest?.html ?? '')).not.toContain('chờ xác nhận quá');
  });
});
