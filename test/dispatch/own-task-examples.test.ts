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

describe('examples name no seed plan code: the unit’s own, or a placeholder', () => {
  let h: CommandHarness;
  let catpCodes: string[] = [];
  withHarness({ per: 'all' }, async (harness) => {
    h = harness;
    await h.send(STEERING_CHAT, SECRETARY, '/batdau');
    const [invite] = await h.send(STEERING_CHAT, SECRETARY, '/moi CATP');
    const code = /<code>([A-Z0-9]{8})<\/code>/.exec(invite?.html ?? '')?.[1];
    await h.send(ZALO_CATP, FOCAL, `/ketnoi ${code}`, { platform: 'zalo' });
    const catp = (await h.stores.directory.listUnits()).find((u) => u.code === 'CATP')!;
    catpCodes = (await h.stores.tasks.listTasks({ unitId: catp.id })).map((task) => task.code);
  });

  const added = async (chat: string) => {
    const start = h.replies.length;
    await h.dispatch({
      platform: 'zalo',
      updateKey: `added-${chat}-${start}`,
      chat: { externalId: chat, type: 'group', title: 'Nhóm' },
      user: { externalId: FOCAL.id, name: FOCAL.name, username: null },
      kind: 'membership',
      change: 'bot_added',
    });
    return plain(h.replies.slice(start)[0]?.html);
  };

  it('the Zalo intro of an unbound group shows a placeholder; added again to CATP’s group, one of CATP’s codes', async () => {
    const unbound = await added('-zalo-unbound');
    expect(unbound).toContain('<mã nhiệm vụ> xong rồi');
    expect(unbound).not.toMatch(/P5-01|GD\d-\d\d/);
    const again = await added(ZALO_CATP);
    const code = /@\S+ ([A-Z0-9][A-Z0-9.-]*) xong rồi/.exec(again)?.[1];
    expect(catpCodes).toContain(code);
    // still bound: no connecting steps, which would suggest the group lost its unit
    expect(again).toContain('Nhóm này vẫn kết nối với Công an thành phố');
    expect(again).not.toContain('/ketnoi');
  });

  it('added back to the steering group: still the steering group, no connecting steps', async () => {
    const start = h.replies.length;
    await h.dispatch({
      platform: 'telegram',
      updateKey: `added-steering-${start}`,
      chat: { externalId: STEERING_CHAT, type: 'group', title: 'Ban Chỉ đạo' },
      user: { externalId: SECRETARY.id, name: SECRETARY.name, username: null },
      kind: 'membership',
      change: 'bot_added',
    });
    const html = plain(h.replies.slice(start)[0]?.html);
    expect(html).toContain('Nhóm này vẫn là nhóm Ban Chỉ đạo');
    expect(html).not.toContain('/moi');
  });

  it('argument errors give one of the unit’s own codes in its group, a placeholder elsewhere', async () => {
    const inUnit = plain((await h.mention(ZALO_CATP, FOCAL, `${BOT_MENTION} /tiendo`, { platform: 'zalo' })).replies[0]?.html);
    expect(inUnit).toContain('Thiếu mã nhiệm vụ (ví dụ ');
    const code = /ví dụ ([A-Z0-9][A-Z0-9.-]*);/.exec(inUnit)?.[1];
    expect(catpCodes).toContain(code);
    const steering = plain((await h.send(STEERING_CHAT, SECRETARY, '/tralai'))[0]?.html);
    expect(steering).toContain('Thiếu mã nhiệm vụ (ví dụ <mã nhiệm vụ>;');
    expect(steering).not.toContain('P5-01');
  });

  it('an unknown unit is answered with a unit code of this directory', async () => {
    const units = (await h.stores.directory.listUnits()).map((u) => u.code);
    const invite = plain((await h.send(STEERING_CHAT, SECRETARY, '/moi Không có đơn vị này'))[0]?.html);
    const example = /ví dụ: \/moi ([^\s.]+)/.exec(invite)?.[1];
    expect(units).toContain(example);
    const assign = plain((await h.send(STEERING_CHAT, SECRETARY, '/giao GD1-01 XYZ | lý do'))[0]?.html);
    expect(units).toContain(/\(ví dụ (\S+)\)/.exec(assign)?.[1]);
  });
});
