import { guardDone } from './guard-done.ts';
import { MAX_READ_LENGTH, normalizeReply } from './normalize-reply.ts';
import { readClauseRoles } from './read-clause-roles.ts';
import { readSignals } from './read-signals.ts';
import type { Clause, ClauseRole, ReplyReading, Signal } from './types.ts';

/** The rule reader's parts the done guard needs; another tree's parts can stand in (scripts/reply-model-blind-cv.ts). */
export interface DoneGuardParts {
  normalizeReply: (text: string) => Clause[];
  readClauseRoles: (clauses: readonly Clause[]) => ClauseRole[];
  readSignals: (clause: Clause) => Signal[];
  guardDone: (reading: ReplyReading, clauses: readonly Clause[], roles: readonly ClauseRole[], signals: readonly (readonly Signal[])[]) => ReplyReading;
}

const RULES_PARTS: DoneGuardParts = { normalizeReply, readClauseRoles, readSignals, guardDone };

/**
 * Whether a done said of this reply would pass the rules' own done guard: every clause tells (none
 * asks, requests, relays or speaks of another task), and no negation of completion, work left, third
 * party, other occasion, hedge, condition or finish ahead (guard-done.ts, unless a later clause says
 * the whole task is done now). The model's done is put to
 * that guard because the model cannot tell such doubts from a finish.
 */
export function doneWouldPassGuard(text: string, parts: DoneGuardParts = RULES_PARTS): boolean {
  return guardVerdict(text, parts, true);
}

/**
 * The first half of doneWouldPassGuard only: every clause tells (none asks, requests, relays or speaks
 * of another task). What a model done it is very sure of must still pass (takeSureDoneAbove): on
 * unseen replies the words doubts of guard-done.ts stopped only real dones at that level, but a
 * question, a request or a relay is no report of this unit's at all.
 */
export function clausesAllTell(text: string, parts: DoneGuardParts = RULES_PARTS): boolean {
  return guardVerdict(text, parts, false);
}

function guardVerdict(text: string, parts: DoneGuardParts, withDoubts: boolean): boolean {
  const clauses = parts.normalizeReply(text.slice(0, MAX_READ_LENGTH));
  const roles = parts.readClauseRoles(clauses);
  // A clause that asks, asks others to act, passes on someone else's status or speaks of another task
  // is a doubt the guard never meets (the rules read no done from such clauses): no done then.
  if (clauses.length === 0 || roles.some((role) => role !== 'tell')) return false;
  if (!withDoubts) return true;
  const signals = clauses.map((clause, i) => (roles[i] === 'tell' ? parts.readSignals(clause) : []));
  const done: ReplyReading = { status: 'done', percent: 100, note: text, confidence: 1, kind: 'report', reasons: [] };
  const guarded = parts.guardDone(done, clauses, roles, signals);
  return guarded.status === 'done' && guarded.confidence === 1;
}
