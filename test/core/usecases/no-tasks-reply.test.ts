import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';
import { composeNoTasksReply } from '../../../src/core/usecases/draft-plan-in-chat.ts';
import { parseMarks } from '../../../src/core/text/marks.ts';

// Texts written for this test: meeting minutes and a letter, neither a plan.
const MINUTES = 'BIÊN BẢN HỌP\nHôm nay các thành viên đã họp và trao đổi ý kiến về tình hình chung.\nCuộc họp kết thúc lúc 11 giờ.';
const LETTER = 'ỦY BAN NHÂN DÂN\nHUYỆN HÒA LỘC\nKính gửi: các xã, thị trấn\nĐề nghị các đơn vị quan tâm.';

describe('the reply to a file with no duties', () => {
  it.each([
    ['bien-ban.txt', MINUTES],
    ['cong-van.txt', LETTER],
  ])('%s: says why in clean bullets, one case, and what to do next', (file, text) => {
    const draft = draftPlan(text);
    expect(draft.tasks).toEqual([]);
    expect(draft.header.reviewNotes.length).toBeGreaterThan(0);
    const reply = composeNoTasksReply(draft, file, 'vi');
    expect(() => parseMarks(reply)).not.toThrow();
    const seen = reply.replaceAll('&quot;', '"').split('Bot nhận thấy:')[1]!.split('\n\n')[0]!.trim().split('\n');
    expect(seen[0]).toMatch(/^• Không tìm thấy nhiệm vụ nào/u);
    for (const line of seen) expect(line).toMatch(/^• [A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][^;]*[.…]$/u);
    // a reading rule for deadlines of a draft that has none is not a reason
    expect(reply).not.toContain('thời hạn tính theo');
    expect(reply).not.toMatch(/\(Không /u);
    expect(reply).toContain('• nếu tệp là bản chụp hay bản quét');
    expect(reply).toContain('Không có gì thay đổi.');
  });

  it('without any header note: no empty "Bot nhận thấy" block; English too', () => {
    const draft = { ...draftPlan(MINUTES), header: { review: false, reviewNotes: [] } };
    expect(composeNoTasksReply(draft, 'a.txt', 'vi')).not.toContain('Bot nhận thấy');
    expect(composeNoTasksReply(draftPlan(MINUTES), 'a.txt', 'en')).toContain('What the bot noticed:\n• ');
  });
});
