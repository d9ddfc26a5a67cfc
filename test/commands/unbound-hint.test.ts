import { describe, expect, it } from 'vitest';
import { type CommandHarness, FOCAL, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';

const NEW_GROUP = '-7777';
const text = (html: string | undefined) =>
  (html ?? '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#47;/g, '/');

describe('a group that is not connected is told the next step for the actual state', () => {
  let h: CommandHarness;
  withHarness({ per: 'each' }, async (harness) => {
    h = harness;
  });

  it('without a steering group: /batdau first', async () => {
    const [reply] = await h.send(NEW_GROUP, FOCAL, '/nhiemvu');
    expect(text(reply?.html)).toContain('/batdau');
  });

  it('with the steering group connected: /moi there, then /ketnoi <mã> here — never /batdau', async () => {
    await h.send(STEERING_CHAT, SECRETARY, '/batdau');
    for (const command of ['/nhiemvu', '/trogiup', '/start']) {
      const replies = await h.send(NEW_GROUP, FOCAL, command);
      const said = text(replies.map((r) => r.html).join('\n'));
      expect(said, command).toContain('/moi <đơn vị>');
      expect(said, command).toContain('/ketnoi <mã>');
      expect(said, command).toContain(`“Nhóm ${STEERING_CHAT}”`);
      expect(said, command).not.toMatch(/gửi \/batdau/); // /trogiup still lists the command itself
    }
    const [privateStart] = await h.send(FOCAL.id, FOCAL, '/start');
    expect(text(privateStart?.html)).not.toMatch(/gửi \/batdau/);
    expect(text(privateStart?.html)).toContain('/ketnoi <mã>');
  });
});
