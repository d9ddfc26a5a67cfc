import type { ButtonAction, CommandContext, CommandDefinition, FileHandler, ReplyHandler } from '../../commands/types.ts';

/**
 * What the dispatcher routes to. The real one is commands/registry.ts; channel tests pass small
 * stubs so the channel is tested without the chat features.
 */
export interface DispatchRegistry {
  commands: readonly CommandDefinition[];
  buttonActions: readonly ButtonAction[];
  replyHandlers: readonly ReplyHandler[];
  fileHandlers: readonly FileHandler[];
  findCommand(name: string): CommandDefinition | undefined;
  runCommand(definition: CommandDefinition, ctx: CommandContext, rawArgs: string): Promise<void>;
}
