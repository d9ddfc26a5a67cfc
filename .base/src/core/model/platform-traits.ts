/**
 * Whether members of a chat on this messenger can reply to a given bot message (Telegram). Where
 * they cannot (Zalo), a report names the task's code after a mention of the bot, and the messages
 * that tell people how to report say so.
 */
export function hasReplyThreads(platform: string): boolean {
  return platform !== 'zalo';
}

/**
 * Whether the bot can edit a message it sent on this messenger (Telegram). Where it cannot (Zalo),
 * a task card stays as it was posted: its state is read with /chitiet instead.
 */
export function hasMessageEdits(platform: string): boolean {
  return platform !== 'zalo';
}
