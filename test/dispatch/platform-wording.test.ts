import { describe, expect, it } from 'vitest';
import { ZALO_CAPABILITIES } from '../../src/channels/zalo/zalo-capabilities.ts';
import { fitToChannel } from '../../src/core/text/fit-to-channel.ts';
import { BOT_MENTION, type CommandHarness, FOCAL, STEERING_CHAT, SECRETARY, withHarness } from '../support/command-harness.ts';

const plain = (html: string | undefined) =>
  (html ?? '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#47;/g, '/');

/** A message as the Zalo transport writes it: every command typed in that group gets the bot's mention. */
const asZaloShows = (html: string | undefined) => plain(fitToChannel({ html: html ?? '' }, { ...ZALO_CAPABILITIES, commandPrefix: `${BOT_MENTION} ` }).html);

describe('the intro and /trogiup speak the way of each messenger', () => {
  let h: CommandHarness;
  withHarness({ per: 'all' }, async (harness) => {
    h = harness;
    await h.send(STEERING_CHAT, SECRETARY, '/batdau');
    const [invite] = await h.send(STEERING_CHAT, SECRETARY, '/moi CAP5');
    const code = /<code>([A-Z0-9]{8})<\/code>/.exec(invite?.html ?? '')?.[1];
    await h.send('-zalo-cap5', FOCAL, `/ketnoi ${code}`, { platform: 'zalo' });
  });

  const added = async (chat: string, platform: 'telegram' | 'zalo') => {
    const start = h.replies.length;
    await h.dispatch({
      platform,
      updateKey: `added-${chat}`,
      chat: { externalId: chat, type: 'group', title: 'Nhóm mới' },
      user: { externalId: FOCAL.id, name: FOCAL.name, username: null },
      kind: 'membership',
      change: 'bot_added',
    });
    return plain(h.replies.slice(start)[0]?.html);
  };

  it('added to a Zalo group, the bot says to mention it and name the task code, never to reply or /trogiup@bot', async () => {
    const intro = await added('-zalo-new', 'zalo');
    expect(intro).toContain('@dieuphoi_bot /ketnoi <mã>');
    // not bound: no unit's task to show, so no seed plan's code either
    expect(intro).toContain('@dieuphoi_bot <mã nhiệm vụ> xong rồi');
    expect(intro).not.toContain('P5-01');
    expect(intro).toContain('Gõ @dieuphoi_bot /trogiup để xem các lệnh.');
    expect(intro).not.toContain('trả lời tin nhắn');
    expect(intro).not.toContain('/trogiup@');
  });

  it('on Zalo, a command typed in the steering group (/moi) carries no mention; one typed in the Zalo group does', async () => {
    const start = h.replies.length;
    await added('-zalo-other', 'zalo');
    const intro = asZaloShows(h.replies[start]?.html);
    expect(intro).toContain('Thường trực BCĐ gửi /moi <đơn vị> trong nhóm Ban Chỉ đạo');
    expect(intro).not.toContain(`${BOT_MENTION} /moi`);
    expect(intro).toContain(`${BOT_MENTION} /trogiup`);
    // the catalog's steps from an unbound Zalo group, as the class of the same mistake
    const { replies } = await h.mention('-zalo-other', FOCAL, `${BOT_MENTION} /trogiup`, { platform: 'zalo' });
    const steps = asZaloShows(replies[0]?.html);
    expect(steps).toContain('Thường trực Ban Chỉ đạo gửi /moi <đơn vị> trong nhóm Ban Chỉ đạo');
    expect(steps).toContain(`${BOT_MENTION} /ketnoi <mã>`);
  });

  it('added to a Telegram group, it says to reply to task messages and /trogiup@bot', async () => {
    const intro = await added('-7777', 'telegram');
    expect(intro).toContain('trả lời tin nhắn nhiệm vụ');
    expect(intro).toContain('/trogiup@dieuphoi_bot');
  });

  it('/trogiup in a Zalo group shows the mention form, the numbered answer and the typed undo; on Telegram, replies', async () => {
    const { replies } = await h.mention('-zalo-cap5', FOCAL, `${BOT_MENTION} /trogiup`, { platform: 'zalo' });
    const zalo = plain(replies[0]?.html);
    expect(zalo).toContain(`Trong nhóm Zalo, nhắc tới bot trước mỗi lệnh: ${BOT_MENTION} /nhiemvu`);
    expect(zalo).toContain(`${BOT_MENTION} P5-01 xong rồi`);
    expect(zalo).toContain(`${BOT_MENTION} 2`);
    expect(zalo).toContain('/hoantac <mã>');
    expect(zalo).toContain('/boqua');
    expect(zalo).not.toContain('trả lời (reply)');
    const telegram = plain((await h.send(STEERING_CHAT, SECRETARY, '/trogiup'))[0]?.html);
    expect(telegram).toContain('trả lời (reply) tin nhắn nhiệm vụ');
    expect(telegram).toContain('/trogiup@dieuphoi_bot');
    expect(telegram).toContain('/duyetgiahan <mã> [mã đơn vị]');
    expect(telegram).toContain('/tuchoigiahan <mã> [mã đơn vị] [lý do]');
  });

  it('/start in a Zalo group says how to address the bot there; on Telegram it does not', async () => {
    const { replies } = await h.mention('-zalo-cap5', FOCAL, `${BOT_MENTION} /start`, { platform: 'zalo' });
    expect(plain(replies[0]?.html)).toContain(`${BOT_MENTION} P5-01 xong rồi`);
    expect(plain((await h.send(STEERING_CHAT, SECRETARY, '/start'))[0]?.html)).not.toContain('Trong nhóm Zalo');
  });
});
