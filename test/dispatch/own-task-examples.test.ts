import { describe, expect, it } from 'vitest';
import { BOT_MENTION, type CommandHarness, FOCAL, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';

const ZALO_CATP = '-zalo-catp';
const plain = (html: string | undefined) =>
  (html ?? '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

describe('Zalo examples use a task of the group’s own unit', () => {
  let h: CommandHarness;
  let bound = '';
  let ownCodes: string[] = [];
  withHarness({ per: 'all' }, async (harness) => {
    h = harness;
    await h.send(STEERING_CHAT, SECRETARY, '/batdau');
    const [invite] = await h.send(STEERING_CHAT, SECRETARY, '/moi CATP');
    const code = /<code>([A-Z0-9]{8})<\/code>/.exec(invite?.html ?? '')?.[1];
    await h.send(ZALO_CATP, FOCAL, `/ketnoi ${code}`, { platform: 'zalo' });
    const chat = await h.chat(ZALO_CATP, 'zalo');
    bound = plain(h.outbox.queued.find((q) => q.chatId === chat.id && q.kind === 'reply')?.message.html);
    const catp = (await h.stores.directory.listUnits()).find((u) => u.code === 'CATP')!;
    ownCodes = (await h.stores.tasks.listTasks({ unitId: catp.id })).map((task) => task.code);
  });

  const example = (text: string) => /@\S+(?: phối)? ([A-Z0-9][A-Z0-9.-]*) (?:xong rồi|đã triển khai)/.exec(text)?.[1];

  it('the connect message, /trogiup and the missing-code hint name one of CATP’s tasks, never P5-01', async () => {
    expect(ownCodes.length).toBeGreaterThan(0);
    expect(ownCodes).not.toContain('P5-01');
    expect(ownCodes).toContain(example(bound));
    const help = plain((await h.mention(ZALO_CATP, FOCAL, `${BOT_MENTION} /trogiup`, { platform: 'zalo' })).replies[0]?.html);
    expect(ownCodes).toContain(example(help));
    const hint = plain((await h.mention(ZALO_CATP, FOCAL, `${BOT_MENTION} xong rồi`, { platform: 'zalo' })).replies[0]?.html);
    expect(hint).toContain('Xin ghi kèm mã nhiệm vụ');
    expect(ownCodes).toContain(example(hint));
  });

  it('a code that is not a current task is answered as such, not with “write the code”', async () => {
    const { replies } = await h.mention(ZALO_CATP, FOCAL, `${BOT_MENTION} GD1-99 xong rồi`, { platform: 'zalo' });
    const text = plain(replies[0]?.html);
    expect(text).toContain('Mã GD1-99 không phải nhiệm vụ hiện hành của đơn vị');
    expect(text).not.toContain('Xin ghi kèm mã nhiệm vụ');
  });
});
