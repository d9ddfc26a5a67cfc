/**
 * Unsure status readings waiting for the member to pick a status ("which status did you mean?").
 * Shared by every instance (a button may be pressed on another process than the one that asked);
 * a reading is taken at most once, and not after it expires.
 */
export interface PendingReading {
  taskId: number;
  chatId: number;
  percent: number | null;
  note: string;
  sourceMessageId: string;
  createdAt: Date;
  expiresAt: Date;
}

export interface PendingReadingStore {
  /** Stores a reading (and drops expired ones); returns its id for the buttons. */
  remember(reading: PendingReading): Promise<number>;
  /** The reading, removed so no second press (on any instance) gets it; null when gone or expired. */
  take(id: number, now: Date): Promise<PendingReading | null>;
  /**
   * The newest unexpired reading waiting in a chat, taken the same way: where there are no buttons the
   * member answers the numbered question by its number, which names the chat but not the reading.
   */
  takeLatestInChat(chatId: number, now: Date): Promise<(PendingReading & { id: number }) | null>;
}
