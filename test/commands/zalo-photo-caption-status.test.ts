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

  it('a photo addressed to the bot naming no task is answered, not silently dropped, and stores nothing', async () => {
    const replies = await h.sendLooseFile(
      ZALO_GROUP,
      FOCAL,
      photo('ảnh buổi tuyên truyền sáng nay'),
      { platform: 'zalo' },
      { mentionsBot: true, botMention: '@Điều phối' },
    );
    const texts = replies.map((r) => marksToPlainText(r.html));
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatch(/^Ảnh chưa được lưu vì chưa rõ ảnh cho nhiệm vụ nào\. .*@Điều phối [A-Z0-9]+-\d+ biên bản họp/);
    expect(await latest('P5-01')).toBeUndefined();
  });

  it('a photo naming a code that is no current task says so', async () => {
    const replies = await h.sendLooseFile(ZALO_GROUP, FOCAL, photo('ZZ9-99 ảnh'), { platform: 'zalo' }, { mentionsBot: true });
    expect(marksToPlainText(replies[0]?.html ?? '')).toMatch(/ZZ9-99/);
  });

  it('a photo not addressed to the bot is people sharing pictures: no answer', async () => {
    expect(await h.sendLooseFile(ZALO_GROUP, FOCAL, photo('ảnh đẹp quá'), { platform: 'zalo' })).toEqual([]);
  });

  it('a caption that only names the file records no status', async () => {
    await h.sendLooseFile(ZALO_GROUP, FOCAL, photo('P5-01 biên bản họp triển khai'), { platform: 'zalo' });
    expect(await latest('P5-01')).toBeUndefined();
  });
});
