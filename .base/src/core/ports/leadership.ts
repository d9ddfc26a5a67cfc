/**
 * Who runs the singleton work (the scheduler) when several instances share one database. On
 * PostgreSQL an advisory lock held by one connection (src/db/pg-leader-lock.ts); on SQLite, one
 * process, always the leader.
 */
export interface Leadership {
  /** Takes or confirms the leadership; false when another instance holds it or the database is unreachable. */
  acquire(): Promise<boolean>;
  /** Gives the leadership up (closing its connection) so another instance takes over at once. */
  release(): Promise<void>;
}

export const ALWAYS_LEADER: Leadership = {
  acquire: async () => true,
  release: async () => {},
};
