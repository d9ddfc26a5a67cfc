import { describe, expect, it } from 'vitest';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { type CommandHarness, FOCAL, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';

const ZALO_GROUP = '-zalo-caption';

/**
 * QA: on Zalo a photo captioned "@Điều phối GD2-02 xong rồi" (the channel strips the mention) was kept as evidence
 * and the "done" was lost: the code itself was read as a numbered part of the work. The code names the task; the
 * rest of the caption is the report.
 */
describe('a Zalo photo whose caption names the task and tells its status', () => {
  let h: CommandHarness;
  withHarness({ per: 'each' }, async (harness) => {
    h = harness;
    await h.send(STEERING_CHAT, SECRETARY, '/batdau');
    const [invite] = await h.send(STEERING_CHAT, SECRETARY, '/moi CAP5');
    const code = /<code>([A-Z0-9]{8})<\/code>/.exec(invite?.html ?? '')?.[1];
    await h.send(ZALO_GROUP, FOCAL, `/ketnoi ${code}`, { platform: 'zalo' });
  });
  const photo = (caption: string) => ({ kind: 'photo' as const, fileId: `https://zalo.example/p/${caption.length}.jpg`, caption });
  const latest = async (code: string) => (await h.stores.reports.history((await h.stores.tasks.findTaskByCode(code))!.id, 5))[0];

  it('keeps the photo and records the status', async () => {
    const replies = await h.sendLooseFile(ZALO_GROUP, FOCAL, photo('GD2-02 xong rồi'), { platform: 'zalo' });
    const texts = replies.map((r) => marksToPlainText(r.html));
    expect(texts[0]).toMatch(/^Đã lưu minh chứng cho nhiệm vụ GD2-02/);
    expect(texts.some((text) => text.startsWith('Đã ghi nhận (GD2-02): Hoàn thành'))).toBe(true);
    expect(await latest('GD2-02')).toMatchObject({ status: 'done' });
  });

  it('a caption that only names the file records no status', async () => {
    await h.sendLooseFile(ZALO_GROUP, FOCAL, photo('P5-01 biên bản họp triển khai'), { platform: 'zalo' });
    expect(await latest('P5-01')).toBeUndefined();
  });
});
