export { readReply } from './read-reply.ts';
export { REPLY_CONFIDENCE_THRESHOLD, type ReplyKind, type ReplyReading, type ReplyStatus } from './types.ts';
