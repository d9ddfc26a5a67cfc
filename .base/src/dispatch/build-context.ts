import type { CommandContext } from '../../commands/types.ts';
import type { AppDeps } from '../app-deps.ts';
import { scrubSecrets } from '../logger.ts';
import { resolveAuthority } from './authority.ts';
import type { ChannelSession } from './channel-session.ts';
import { chooseLocale } from './choose-locale.ts';
import type { InboundEvent, InboundUser } from './inbound-event.ts';
import type { RecordedChat } from './record-chat.ts';
import { createReplyOrQueue } from './reply-or-queue.ts';
import { createSendTo } from './send-to-chat.ts';

/** Per-event bookkeeping shared by the context and the error boundary. */
export interface EventState {
  /** an action press is answered exactly once */
  answered: boolean;
}

/** Answers a press once, whoever asks first (the handler, the dispatcher after it, the error boundary). */
export function answerOnce(session: ChannelSession, state: EventState) {
  return async (text?: string, alert?: boolean): Promise<void> => {
    if (state.answered || !session.answerAction) return;
    state.answered = true;
    await session.answerAction(text, alert);
  };
}

/** The channel-neutral context the commands/ handlers expect, for one event with a human sender. */
export async function buildContext(
  deps: AppDeps,
  event: InboundEvent,
  user: InboundUser,
  session: ChannelSession,
  recorded: RecordedChat,
  state: EventState,
): Promise<CommandContext> {
  const { chat, member } = recorded;
  const isPrivate = event.chat.type === 'private';
  const authority = await resolveAuthority(deps, session, { platform: event.platform, userId: user.externalId, chatExternalId: chat.externalId });
  const messageId = event.messageId;
  const isAction = event.kind === 'action';
  const context: CommandContext = {
    deps,
    platform: event.platform,
    chat,
    chatType: event.chat.type,
    user: { id: user.externalId, name: user.name, username: user.username ?? null, isChatAdmin: authority.isChatAdmin },
    member,
    isSecretariat: authority.isSecretariat,
    locale: chooseLocale(chat, user.languageCode, isPrivate),
    now: deps.clock.now(),
    messageId: messageId ?? '',
    ...(event.replyToMessageId !== undefined && !isAction ? { replyToMessageId: event.replyToMessageId } : {}),
    channel: {
      buttons: session.capabilities.buttons,
      replyThreads: session.capabilities.replyThreads,
      mention: (event.kind === 'text' ? event.botMention : undefined) ?? `@${session.botUsername}`,
    },
    reply: createReplyOrQueue(deps, event, session, chat.id),
    sendTo: createSendTo(deps, event),
  };
  const react = session.react;
  if (!isAction && messageId !== undefined && react) {
    context.react = async (emoji) => {
      try {
        await react(messageId, emoji);
      } catch (error) {
        // Reactions can be turned off in a group; the message was read all the same.
        deps.logger.warn({ chatId: chat.id, err: scrubSecrets(error instanceof Error ? error.message : String(error)) }, 'could not set a reaction');
      }
    };
  }
  const download = session.downloadFile;
  if (download) context.downloadFile = (file, maxBytes) => download(file.fileId, maxBytes);
  if (isAction) {
    if (session.editActionMessage) context.editButtonMessage = (outgoing) => session.editActionMessage!(outgoing);
    if (session.answerAction) context.answerButton = answerOnce(session, state);
  }
  return context;
}
