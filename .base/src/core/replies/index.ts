export { readReply } from './read-with-model.ts';
export { REPLY_CONFIDENCE_THRESHOLD, type ReplyReading, type ReplyStatus } from './types.ts';
