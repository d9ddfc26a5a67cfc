import { describe, expect, it } from 'vitest';
import { registerCommands } from '../../src/channels/telegram/register-commands.ts';
import { createStubRegistry } from './support/stub-registry.ts';
import { createHarness } from './support/telegram-harness.ts';

describe('registerCommands', () => {
  it('sets the menu commands in Vietnamese (default and vi) and English, for groups and private chats', async () => {
    const { registry } = createStubRegistry();
    const h = await createHarness({ registry });
    try {
      await registerCommands(h.telegram.bot.api, registry.commands);
      const calls = h.sent('setMyCommands').map((c) => c.payload);
      expect(calls).toHaveLength(6);
      const find = (scope: string, language?: string) => calls.find((c) => c.scope.type === scope && c.language_code === language);
      for (const scope of ['all_group_chats', 'all_private_chats']) {
        expect(find(scope)?.commands).toContainEqual({ command: 'tiendo', description: 'Lệnh tiendo tiếng Việt' });
        expect(find(scope, 'vi')?.commands).toContainEqual({ command: 'tiendo', description: 'Lệnh tiendo tiếng Việt' });
        expect(find(scope, 'en')?.commands).toContainEqual({ command: 'tiendo', description: 'Command tiendo in English' });
        // commands not meant for the menu stay out of it
        expect(find(scope)?.commands.map((c: { command: string }) => c.command)).not.toContain('loi');
      }
    } finally {
      await h.close();
    }
  });
});
