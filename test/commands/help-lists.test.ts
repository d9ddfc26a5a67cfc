import { describe, expect, it } from 'vitest';
import { COMMANDS_BY_CHAT } from '../../commands/command-groups.ts';
import { commands } from '../../commands/registry.ts';

// Commands a chat is not told about in /trogiup, each for a reason: /start and /trogiup introduce
// the rest; /kichhoat and /huynhap answer the plan-import message that names them.
const NOT_LISTED = new Set(['start', 'trogiup', 'kichhoat', 'huynhap']);

describe('/trogiup lists', () => {
  it('name every command a user can type in some kind of chat', () => {
    const listed = new Set(Object.values(COMMANDS_BY_CHAT).flatMap((list) => list.map((command) => command.name)));
    const missing = commands.map((command) => command.name).filter((name) => !listed.has(name) && !NOT_LISTED.has(name));
    expect(missing).toEqual([]);
  });

  it('tell the steering group about /baocao and every group about /caidat', () => {
    expect(COMMANDS_BY_CHAT.steering.map((c) => c.name)).toEqual(expect.arrayContaining(['baocao', 'caidat']));
    expect(COMMANDS_BY_CHAT.unit.map((c) => c.name)).toContain('caidat');
  });
});
