import { describe, expect, it } from 'vitest';
import { type CommandHarness, FOCAL, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';

const plain = (html: string | undefined) =>
  (html ?? '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

describe('/moi without a unit, and the steering group told when a unit connects', () => {
  let h: CommandHarness;
  withHarness({ per: 'all' }, async (harness) => {
    h = harness;
    await h.send(STEERING_CHAT, SECRETARY, '/batdau');
  });

  it('plain /moi lists the units not yet connected with their codes and names', async () => {
    const list = plain((await h.send(STEERING_CHAT, SECRETARY, '/moi'))[0]?.html);
    expect(list).not.toContain('Chưa đúng cú pháp');
    expect(list).toContain('/moi CAP5 — Công an Phường 5');
    expect(list).toContain('/moi CATP — ');
  });

  it('a unit group connecting is announced in the steering group, and drops off the /moi list', async () => {
    const [invite] = await h.send(STEERING_CHAT, SECRETARY, '/moi CAP5');
    const code = /<code>([A-Z0-9]{8})<\/code>/.exec(invite?.html ?? '')?.[1];
    await h.send('-zalo-cap5', FOCAL, `/ketnoi ${code}`, { platform: 'zalo' });
    const steering = await h.chat(STEERING_CHAT);
    const notice = h.outbox.queued.find((q) => q.chatId === steering.id && q.message.html.startsWith('✅'));
    expect(plain(notice?.message.html)).toBe('✅ Công an Phường 5 đã kết nối nhóm “Nhóm -zalo-cap5” (Zalo).');
    const list = plain((await h.send(STEERING_CHAT, SECRETARY, '/moi'))[0]?.html);
    expect(list).not.toContain('/moi CAP5 ');
    expect(list).toContain('/moi CATP — ');
  });
});

describe('a unit group whose updates carry no name', () => {
  let h: CommandHarness;
  withHarness({ per: 'all' }, async (harness) => {
    h = harness;
    await h.send(STEERING_CHAT, SECRETARY, '/batdau');
  });

  it('a group whose updates carry no name (Zalo) is announced by its messenger, never as “”', async () => {
    const [invite] = await h.send(STEERING_CHAT, SECRETARY, '/moi CAP5');
    const code = /<code>([A-Z0-9]{8})<\/code>/.exec(invite?.html ?? '')?.[1];
    await h.send('-zalo-untitled', FOCAL, `/ketnoi ${code}`, { platform: 'zalo', untitled: true });
    const steering = await h.chat(STEERING_CHAT);
    const notice = h.outbox.queued.find((q) => q.chatId === steering.id && q.message.html.startsWith('✅'));
    expect(plain(notice?.message.html)).toBe('✅ Công an Phường 5 đã kết nối một nhóm Zalo.');
  });
});
