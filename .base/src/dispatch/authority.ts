import type { AppDeps } from '../app-deps.ts';
import { isListedSecretariat } from '../config/config.ts';
import type { Platform } from './inbound-event.ts';
import type { ChannelSession } from './channel-session.ts';

export interface Authority {
  /** admin or creator of the event's chat */
  isChatAdmin: boolean;
  /** in SECRETARIAT_USER_IDS for this messenger, or an admin of a bound steering group on it */
  isSecretariat: boolean;
}

async function adminOfSteeringGroup(deps: Pick<AppDeps, 'stores'>, session: ChannelSession, platform: Platform, userId: string): Promise<boolean> {
  const steering = await deps.stores.chats.listChats({ kind: 'steering', active: true });
  for (const chat of steering) {
    if (chat.platform === platform && (await session.isChatAdmin(userId, chat.externalId))) return true;
  }
  return false;
}

/** Who the sender is to the committee: asked of the messenger, per platform (ids of one never match another's). */
export async function resolveAuthority(
  deps: Pick<AppDeps, 'stores' | 'config'>,
  session: ChannelSession,
  input: { platform: Platform; userId: string; chatExternalId: string },
): Promise<Authority> {
  const listed = isListedSecretariat(deps.config, input.platform, input.userId);
  const [isChatAdmin, isSecretariat] = await Promise.all([
    session.isChatAdmin(input.userId, input.chatExternalId),
    listed ? Promise.resolve(true) : adminOfSteeringGroup(deps, session, input.platform, input.userId),
  ]);
  return { isChatAdmin, isSecretariat };
}
