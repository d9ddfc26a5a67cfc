import type { MessageKey } from '../i18n/messages-vi.ts';
import type { BindingCodeStore, ChatStore } from '../ports/chat-store.ts';
import type { DirectoryStore } from '../ports/directory-store.ts';
import type { ExtensionStore } from '../ports/extension-store.ts';
import type { Outbox } from '../ports/outbox.ts';
import type { ReportStore } from '../ports/report-store.ts';
import type { AuditLog } from '../ports/system-store.ts';
import type { TaskStore } from '../ports/task-store.ts';

/** The ports the group-workflow use cases need; src/db's Stores and the outbox fit structurally. */
export interface WorkflowPorts {
  stores: {
    tasks: TaskStore;
    reports: ReportStore;
    chats: ChatStore;
    codes: BindingCodeStore;
    directory: DirectoryStore;
    extensions: ExtensionStore;
    audit: AuditLog;
  };
  outbox: Outbox;
}

/** A use case either did its job or refused with a message key (and changed nothing). */
export type Refusal = { ok: false; refusal: MessageKey; params?: Record<string, string | number> };

export function refuse(refusal: MessageKey, params?: Record<string, string | number>): Refusal {
  return params ? { ok: false, refusal, params } : { ok: false, refusal };
}
