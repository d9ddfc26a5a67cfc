/** What a free-text reply to a task message says about the task. */
export type ReplyStatus = 'not_started' | 'in_progress' | 'blocked' | 'done' | 'none';

export type ReplyKind = 'report' | 'question' | 'acknowledgement' | 'unclear';

export interface ReplyReading {
  /** 'none' = not a status report (question, acknowledgement, chit-chat, unclear). */
  status: ReplyStatus;
  /**
   * 0..100 when stated ("80%", "tiến độ 50", "45/60 hộ", "một nửa").
   * A done reading always carries 100: done means the whole task, and "hoàn thành 80%" is read as
   * in_progress 80, so a done with any other stated figure cannot happen.
   */
  percent: number | null;
  /** The user's text, trimmed and NFC: the blocker's reason, otherwise the remark. */
  note: string;
  /** 0..1; below REPLY_CONFIDENCE_THRESHOLD the bot asks with buttons instead of guessing. */
  confidence: number;
  kind: ReplyKind;
  /** Short English tags explaining the decision (CLI --json and debugging). */
  reasons: string[];
}

/** Below this the bot should ask the user to pick a status instead of applying its reading. */
export const REPLY_CONFIDENCE_THRESHOLD = 0.6;

/** A token list for one clause of the reply (split on sentence punctuation, commas, "nhưng"). */
export interface Clause {
  tokens: string[];
  /** the clause ended with a question mark */
  asked: boolean;
  /** the clause stands between quotation marks: someone else's words passed on */
  quoted?: boolean;
  /** positions of words written as another word than the speech verb they fold like ("Khoa Nội", "Hội LHPN", "bạo lực") */
  notSpeech?: number[];
  /** positions of words written as another word than the particle or lead-in they fold like ("8 nhà", "mục 5") */
  notFigureWord?: number[];
  /** positions of words written as another word than the negation "đâu" they fold like ("đầu xóm", "đóng dấu") */
  notNegation?: number[];
}

export type SignalStatus = 'not_started' | 'in_progress' | 'blocked' | 'done';

/** One piece of evidence for a status, found in a clause. */
export interface Signal {
  status: SignalStatus;
  /** strong: says the status outright ("đang làm", "đã xong"); weak: suggests it ("đã rà soát"). */
  strong: boolean;
  tag: string;
}

/**
 * What a clause does: tells this unit's status, asks, asks someone else to act, passes on a third
 * party's status, or speaks of another task.
 */
export type ClauseRole = 'tell' | 'ask' | 'request' | 'relay' | 'other_task';
