import { t } from '../src/core/i18n/translate.ts';
import { steeringChats } from '../src/core/usecases/chats-of.ts';
import { portsOf } from './context-helpers.ts';
import type { CommandContext } from './types.ts';

/**
 * What a chat that is not bound (a group, or a private chat) should do next, from the actual state: with a steering group already
 * bound, a unit's group connects by a code (/moi there, /ketnoi here); only without one is /batdau
 * the next step.
 */
export async function unboundGroupHint(ctx: CommandContext): Promise<string> {
  const [steering] = await steeringChats(portsOf(ctx));
  if (!steering) return t(ctx.locale, ctx.chatType === 'group' ? 'help.unbound' : 'start.unbound_next');
  if (ctx.chatType === 'private') return t(ctx.locale, 'start.steering_ready_next');
  return t(ctx.locale, 'help.unbound_steering_ready', { steering: steering.title ?? t(ctx.locale, 'bind.target_steering') });
}
