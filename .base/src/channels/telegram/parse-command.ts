import type { Message } from 'grammy/types';

export interface ParsedCommand {
  name: string;
  /** the @bot part, lower-cased, when the user addressed a bot explicitly */
  addressee: string | null;
  rawArgs: string;
}

/** A bot_command entity at offset 0: "/tiendo@DieuPhoiBot 12 50% xong" → tiendo, dieuphoibot, "12 50% xong". */
export function parseCommand(message: Pick<Message, 'text' | 'entities'>): ParsedCommand | null {
  const text = message.text;
  const entity = message.entities?.[0];
  if (!text || !entity || entity.type !== 'bot_command' || entity.offset !== 0) return null;
  const command = text.slice(1, entity.length);
  const at = command.indexOf('@');
  const name = (at === -1 ? command : command.slice(0, at)).toLowerCase();
  const addressee = at === -1 ? null : command.slice(at + 1).toLowerCase();
  return { name, addressee, rawArgs: text.slice(entity.length).trim() };
}
