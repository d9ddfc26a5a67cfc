export { readReply } from './read-reply.ts';
export { REPLY_CONFIDENCE_THRESHOLD, type ReplyReading, type ReplyStatus } from './types.ts';
