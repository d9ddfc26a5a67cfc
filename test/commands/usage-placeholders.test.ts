import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/registry.ts';
import { MESSAGES_EN } from '../../src/core/i18n/messages-en.ts';
import { MESSAGES_VI } from '../../src/core/i18n/messages-vi.ts';
import { CAP5_CHAT, type CommandHarness, FOCAL, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';

/** Date and time format codes (dd/MM/yyyy, HH:mm) mean nothing to the people in the groups. */
const FORMAT_CODE = /dd\/MM|yyyy|HH:mm/;

describe('usage lines and messages show dates as people write them', () => {
  it('no command usage or help, and no catalog message, shows a format code', () => {
    const texts = [...commands.flatMap((c) => [c.usage.vi, c.usage.en, c.help.vi, c.help.en]), ...Object.values(MESSAGES_VI), ...Object.values(MESSAGES_EN)];
    expect(texts.filter((text) => FORMAT_CODE.test(text))).toEqual([]);
  });

  describe('in the chats', () => {
    let h: CommandHarness;
    withHarness({ per: 'all' }, async (harness) => {
      h = harness;
      await h.bindSteeringAndUnit();
    });

    it('/trogiup renders the date placeholder escaped, so it is shown and not swallowed as a tag', async () => {
      const [steering] = await h.send(STEERING_CHAT, SECRETARY, '/trogiup');
      expect(steering?.html).toContain('<code>/doihan &lt;mã&gt; &lt;ngày/tháng/năm&gt; &lt;lý do&gt;</code>');
      const [unit] = await h.send(CAP5_CHAT, FOCAL, '/trogiup');
      expect(unit?.html).toContain('<code>/giahan &lt;mã&gt; &lt;ngày/tháng/năm&gt; &lt;lý do&gt;</code>');
    });

    it('a wrong date says how to write one', async () => {
      const [answer] = await h.send(STEERING_CHAT, SECRETARY, '/doihan GD1-01 15/13/2023 họp lại');
      expect(answer?.html).toContain('Ghi theo dạng ngày/tháng/năm, ví dụ 15/12/2023.');
    });
  });
});
