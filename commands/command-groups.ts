import type { ChatKind, Locale } from '../src/core/model/records.ts';
import { escapeHtml, escapeMarkupChars } from '../src/core/text/html.ts';
import { reportCommand } from './baocao.ts';
import { settingsCommand } from './caidat.ts';
import { blockedCommand } from './vuongmac.ts';
import { assignCommand } from './giao.ts';
import { bindCommand, startSteeringCommand } from './ketnoi.ts';
import { confirmCommand } from './xacnhan.ts';
import { detailCommand } from './chitiet.ts';
import { doneCommand } from './xong.ts';
import { resolveBlockerCommand } from './gotvuong.ts';
import { extensionCommand } from './giahan.ts';
import { inviteCommand } from './moi.ts';
import { languageCommand } from './ngonngu.ts';
import { moveDeadlineCommand } from './doihan.ts';
import { overdueCommand } from './quahan.ts';
import { digestCommand } from './tonghop.ts';
import { planCommand } from './kehoach.ts';
import { criteriaCommand } from './tieuchi.ts';
import { progressCommand } from './tiendo.ts';
import { returnCommand } from './tralai.ts';
import { tasksCommand } from './nhiemvu.ts';
import type { CommandDefinition } from './types.ts';
import { approveExtensionCommand, denyExtensionCommand } from './duyetgiahan.ts';
import { undoCommand } from './hoantac.ts';
import { skipPickCommand } from './pick-choice.ts';

type AnyCommand = CommandDefinition<never>;

/** Which commands each kind of chat is told about in /trogiup. */
export const COMMANDS_BY_CHAT: Record<ChatKind, AnyCommand[]> = {
  unit: [
    tasksCommand,
    detailCommand,
    progressCommand,
    doneCommand,
    blockedCommand,
    extensionCommand,
    undoCommand,
    skipPickCommand,
    overdueCommand,
    digestCommand,
    planCommand,
    criteriaCommand,
    settingsCommand,
    languageCommand,
  ],
  steering: [
    tasksCommand,
    detailCommand,
    planCommand,
    overdueCommand,
    digestCommand,
    inviteCommand,
    confirmCommand,
    returnCommand,
    resolveBlockerCommand,
    approveExtensionCommand,
    denyExtensionCommand,
    assignCommand,
    moveDeadlineCommand,
    criteriaCommand,
    reportCommand,
    settingsCommand,
    languageCommand,
  ],
  unbound: [bindCommand, startSteeringCommand, inviteCommand, languageCommand],
} as unknown as Record<ChatKind, AnyCommand[]>;

export function helpLines(kind: ChatKind, locale: Locale): string[] {
  return COMMANDS_BY_CHAT[kind].map((c) => `<code>${escapeMarkupChars(c.usage[locale])}</code> — ${escapeHtml(c.help[locale])}`);
}
