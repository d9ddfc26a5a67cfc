import { parseRecordId } from '../model/record-id.ts';

/**
 * The one codec of action payloads (what a button carries back when pressed): "<prefix>[:<args>]".
 * Composers build payloads with the encoders below and button handlers register under the same
 * prefixes, so a prefix is written once. Every payload fits Telegram's 64-byte callback data.
 */
export const ACTION_PREFIX = {
  /** the status buttons under a task message: st:<taskId>:<ip|dn|bl|dt> */
  status: 'st',
  /** the answer to "which status did you mean?": pk:<pendingId>:<ip|dn|bl|x> */
  pick: 'pk',
  /** undo a report: ud:<reportId> */
  undo: 'ud',
  /** the steering group confirms a done report: cf:<taskId> */
  confirm: 'cf',
  /** the steering group returns a done report: rt:<taskId> */
  return: 'rt',
  /** approve or deny an extension request: gh:<requestId>:<y|n> */
  extension: 'gh',
  /** the steering group resolves a blocker: gv:<taskId> */
  resolveBlocker: 'gv',
  /** make this group the steering group: bs */
  bindSteering: 'bs',
  /** activate or cancel a checked plan file sent in chat: pi:<pendingImportId>:<ok|no> */
  planImport: 'pi',
} as const;

/** Longest payload any messenger must carry (Telegram's button data limit). */
export const ACTION_PAYLOAD_MAX_BYTES = 64;

export type StatusOption = 'ip' | 'dn' | 'bl' | 'dt';
export type PickOption = 'ip' | 'dn' | 'bl' | 'x';

function encode(prefix: string, ...args: (string | number)[]): string {
  const payload = [prefix, ...args.map(String)].join(':');
  if (new TextEncoder().encode(payload).length > ACTION_PAYLOAD_MAX_BYTES) {
    throw new Error(`action payload over ${ACTION_PAYLOAD_MAX_BYTES} bytes: ${payload.slice(0, 80)}`);
  }
  return payload;
}

export const statusPayload = (taskId: number, option: StatusOption): string => encode(ACTION_PREFIX.status, taskId, option);
export const pickPayload = (pendingId: number, option: PickOption): string => encode(ACTION_PREFIX.pick, pendingId, option);
export const undoPayload = (reportId: number): string => encode(ACTION_PREFIX.undo, reportId);
export const confirmPayload = (taskId: number): string => encode(ACTION_PREFIX.confirm, taskId);
export const returnPayload = (taskId: number): string => encode(ACTION_PREFIX.return, taskId);
export const extensionPayload = (requestId: number, approve: boolean): string => encode(ACTION_PREFIX.extension, requestId, approve ? 'y' : 'n');
export const resolveBlockerPayload = (taskId: number): string => encode(ACTION_PREFIX.resolveBlocker, taskId);
export const bindSteeringPayload = (): string => encode(ACTION_PREFIX.bindSteering);
export const planImportPayload = (pendingImportId: number, activate: boolean): string =>
  encode(ACTION_PREFIX.planImport, pendingImportId, activate ? 'ok' : 'no');

/** "st:12:ip" → prefix "st", args "12:ip"; a payload without ":" is all prefix. */
export function splitActionPayload(payload: string): { prefix: string; args: string } {
  const separator = payload.indexOf(':');
  return separator === -1 ? { prefix: payload, args: '' } : { prefix: payload.slice(0, separator), args: payload.slice(separator + 1) };
}

/** "<id>[:<option>]" as the payloads carry it; null when the id is not a record id (forged or mangled data). */
export function readIdArgs(args: string): { id: number; option: string } | null {
  const separator = args.indexOf(':');
  const id = parseRecordId(separator === -1 ? args : args.slice(0, separator));
  return id === null ? null : { id, option: separator === -1 ? '' : args.slice(separator + 1) };
}
