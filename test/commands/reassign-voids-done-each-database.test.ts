import { beforeEach, expect, it } from 'vitest';
import { previewDigest } from '../../jobs/preview-digest.ts';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { vietnamCalendar } from '../../src/core/time/work-calendar.ts';
import { CAP5_CHAT, type CommandHarness, createHarness, FOCAL, SECRETARY, STEERING_CHAT } from '../support/command-harness.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';

/**
 * QA: a "done" whose request to confirm /giao closed was listed by /chitiet as an ordinary "done".
 * The history marks it void by the reassignment, and /baocao and the steering digest count no
 * completion from it, whether the former lead leaves the task or stays on it as a supporting unit.
 */
describeOnEachDatabase('a “done” closed by /giao', (use) => {
  let h: CommandHarness;
  beforeEach(async () => {
    h = await createHarness(use());
    await h.bindSteeringAndUnit();
    await h.send(CAP5_CHAT, FOCAL, '/xong P5-01 đã kiện toàn xong');
    h.clock.advance(60_000);
  });
  const plain = async (text: string) => (await h.send(STEERING_CHAT, SECRETARY, text)).map((r) => marksToPlainText(r.html)).join('\n');

  it.each([
    ['the former lead leaves the task', '/giao P5-01 HND_P5 không | giao lại theo chỉ đạo'],
    ['the former lead stays as a supporting unit', '/giao P5-01 HND_P5 CAP5 | giao lại theo chỉ đạo'],
  ])('%s: /chitiet shows it void, /baocao and the digest count no completion', async (_case, giao) => {
    await plain(giao);
    const detail = await plain('/chitiet P5-01');
    expect(detail).toContain(
      '• 09:00 27/02/2023 — Công an Phường 5, Anh Minh: Hoàn thành 100% — đã kiện toàn xong (huỷ do giao lại cho Hội Nông dân Phường 5: không còn chờ xác nhận, không tính là hoàn thành)',
    );
    expect(detail).toContain('Trạng thái: Chưa thực hiện');
    expect(detail).not.toMatch(/Công an Phường 5 \(phối hợp\): (Hoàn thành|Chờ xác nhận)/);
    const report = await plain('/baocao');
    expect(report).toContain('- Đã hoàn thành: 0 (0%), gồm: đúng hạn 0; quá hạn 0.');
    expect(report).not.toMatch(/Công an Phường 5: .*phối hợp 1 \(hoàn thành/);
    expect(report).not.toMatch(/không có hạn \d+: hoàn thành [1-9]/);
    const digest = marksToPlainText((await previewDigest(h.stores, await h.chat(STEERING_CHAT), h.clock.now(), vietnamCalendar)).messages.join('\n'));
    expect(digest).not.toMatch(/Chờ xác nhận: [1-9]|Hoàn thành[^:\n]*: [1-9]/);
  });

  it('a “done” not closed by any reassignment reads as before', async () => {
    expect(await plain('/chitiet P5-01')).toContain('• 09:00 27/02/2023 — Công an Phường 5, Anh Minh: Hoàn thành 100% — đã kiện toàn xong\n');
  });
});
