import { bindSteeringButton } from './buttons/bind-steering-button.ts';
import { planImportButton } from './buttons/plan-import-button.ts';
import { extensionButton } from './buttons/extension-button.ts';
import { approveExtensionCommand, denyExtensionCommand } from './duyetgiahan.ts';
import { undoCommand } from './hoantac.ts';
import { pickByNumber, skipPickCommand } from './pick-choice.ts';
import { confirmButton, returnButton } from './buttons/completion-buttons.ts';
import { pickButton } from './buttons/pick-button.ts';
import { statusButton } from './buttons/status-button.ts';
import { undoButton } from './buttons/undo-button.ts';
import { resolveBlockerButton } from './buttons/resolve-blocker-button.ts';
import { resolveBlockerCommand } from './gotvuong.ts';
import { reportCommand } from './baocao.ts';
import { settingsCommand } from './caidat.ts';
import { detailCommand } from './chitiet.ts';
import { moveDeadlineCommand } from './doihan.ts';
import { evidenceFile } from './evidence-file.ts';
import { criterionEvidenceFile, replyToCriterion } from './criterion-messages.ts';
import { assignCommand } from './giao.ts';
import { extensionCommand } from './giahan.ts';
import { planCommand } from './kehoach.ts';
import { bindCommand, startSteeringCommand } from './ketnoi.ts';
import { inviteCommand } from './moi.ts';
import { languageCommand } from './ngonngu.ts';
import { tasksCommand } from './nhiemvu.ts';
import { overdueCommand } from './quahan.ts';
import { planFile } from './plan-file.ts';
import { activateImportCommand, cancelImportCommand } from './plan-import-decision.ts';
import { replyToTask } from './reply-to-task.ts';
import { startCommand } from './start.ts';
import { criteriaCommand } from './tieuchi.ts';
import { progressCommand } from './tiendo.ts';
import { returnCommand } from './tralai.ts';
import { helpCommand } from './trogiup.ts';
import { digestCommand } from './tonghop.ts';
import type { DispatchRegistry } from '../src/dispatch/dispatch-registry.ts';
import { runCommand } from './run-command.ts';
import type { ButtonAction, CommandDefinition, FileHandler, ReplyHandler } from './types.ts';
import { confirmCommand } from './xacnhan.ts';
import { doneCommand } from './xong.ts';
import { blockedCommand } from './vuongmac.ts';

// Each definition is typed by its own arguments; the registry only routes by name.
export const commands: CommandDefinition<never>[] = [
  startCommand,
  helpCommand,
  tasksCommand,
  detailCommand,
  progressCommand,
  doneCommand,
  blockedCommand,
  extensionCommand,
  undoCommand,
  skipPickCommand,
  planCommand,
  overdueCommand,
  digestCommand,
  bindCommand,
  startSteeringCommand,
  inviteCommand,
  confirmCommand,
  returnCommand,
  resolveBlockerCommand,
  approveExtensionCommand,
  denyExtensionCommand,
  assignCommand,
  moveDeadlineCommand,
  languageCommand,
  settingsCommand,
  reportCommand,
  criteriaCommand,
  activateImportCommand,
  cancelImportCommand,
] as unknown as CommandDefinition<never>[];

export const buttonActions: ButtonAction[] = [
  statusButton,
  pickButton,
  undoButton,
  confirmButton,
  returnButton,
  extensionButton,
  resolveBlockerButton,
  bindSteeringButton,
  planImportButton,
];

/**
 * Tried in order; the first that returns true handled the reply. A task message and a criterion
 * message are different messages, so their order changes nothing but cost: replies to task messages
 * are by far the most frequent, and their lookup is remembered per process (one query fewer each).
 */
export const replyHandlers: ReplyHandler[] = [pickByNumber, replyToTask, replyToCriterion];
export const fileHandlers: FileHandler[] = [criterionEvidenceFile, evidenceFile, planFile];

/** By name or alias, case-insensitive, with or without "/" and "@botname". */
export function findCommand(name: string): CommandDefinition<unknown> | undefined {
  const wanted = name.replace(/^\//, '').replace(/@.*$/, '').toLowerCase();
  return (commands as unknown as CommandDefinition<unknown>[]).find((c) => c.name === wanted || (c.aliases ?? []).includes(wanted));
}

/** What the dispatcher routes to in the app (and in the command harness): every chat feature above. */
export const registry: DispatchRegistry = { commands, buttonActions, replyHandlers, fileHandlers, findCommand, runCommand };
