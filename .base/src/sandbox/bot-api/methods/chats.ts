import { badRequest } from '../api-error.ts';
import type { SandboxChat, SandboxState } from '../state.ts';
import type { MemberStatus, TgChatMember, TgUser } from '../types.ts';
import type { MethodHandler } from './context.ts';

export const getChat: MethodHandler = (ctx, params) => {
  const chat = ctx.state.chatOrThrow(params.chatId());
  return { ...chat.chat, accent_color_id: 0, max_reaction_count: 11 };
};

export const getChatMember: MethodHandler = (ctx, params) => {
  const chat = ctx.state.chatOrThrow(params.chatId());
  const userId = params.requireInt('user_id', 'user not found');
  if (userId === ctx.state.bot.id) return member(ctx.state.bot, chat.botStatus);
  const user = ctx.state.users.get(userId);
  if (!user) throw badRequest('user not found');
  return member(user, chat.members.get(userId) ?? 'left');
};

export const getChatAdministrators: MethodHandler = (ctx, params) => {
  const chat = ctx.state.chatOrThrow(params.chatId());
  return administrators(ctx.state, chat);
};

export const getChatMemberCount: MethodHandler = (ctx, params) => {
  const chat = ctx.state.chatOrThrow(params.chatId());
  const people = [...chat.members.values()].filter(isPresent).length;
  return people + (isPresent(chat.botStatus) ? 1 : 0);
};

function administrators(state: SandboxState, chat: SandboxChat): TgChatMember[] {
  const result: TgChatMember[] = [];
  for (const [userId, status] of chat.members) {
    const user = state.users.get(userId);
    if (user && (status === 'creator' || status === 'administrator')) result.push(member(user, status));
  }
  if (chat.botStatus === 'administrator') result.push(member(state.bot, 'administrator'));
  return result;
}

function member(user: TgUser, status: MemberStatus): TgChatMember {
  const result: TgChatMember = { status, user };
  if (status === 'creator' || status === 'administrator') {
    result.is_anonymous = false;
    result.can_manage_chat = true;
  }
  return result;
}

function isPresent(status: MemberStatus): boolean {
  return status !== 'left' && status !== 'kicked';
}
