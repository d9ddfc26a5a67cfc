export type { StoredMessage } from './bot-api/state.ts';
export { nextMorning } from './page-api/clock-actions.ts';
export type { SandboxSeedSpec, SeededChats } from './seed-chats.ts';
export { SECRETARIAT_USER_ID, STEERING_CHAT_ID, seedSandboxChats } from './seed-chats.ts';
export type { SandboxServer, SandboxServerOptions } from './server.ts';
export { createSandboxServer } from './server.ts';
