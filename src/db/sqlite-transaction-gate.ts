import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, Transaction } from '@prisma/driver-adapter-utils';

/**
 * SQLite through Prisma has one connection. @prisma/adapter-better-sqlite3 serialises transactions
 * against each other only: a plain statement issued while another caller's interactive transaction
 * is open (its `BEGIN` run, its callback awaiting between statements) runs inside that transaction,
 * and is undone if it rolls back — a report or a send mark silently lost. This gate gives the
 * connection one first-come queue: a transaction holds it from `BEGIN` until its commit or rollback
 * has run; a plain statement runs at once when the queue is empty, else waits its turn.
 *
 * Consequence for callers: code inside `$transaction(async (tx) => …)` must use `tx`, never the
 * outer client — on SQLite such a statement would wait for the transaction it is part of, until
 * Prisma's transaction timeout. (PostgreSQL would run it on another connection, outside.)
 */
export function withTransactionGate(factory: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => gate(await factory.connect()),
    connectToShadowDb: () => factory.connectToShadowDb(),
  };
}

/** A first-come queue: `busy` counts the holder and the waiters; release hands over in order. */
function createQueue() {
  let tail: Promise<void> = Promise.resolve();
  let busy = 0;
  return {
    get busy() {
      return busy;
    },
    acquire(): Promise<() => void> {
      busy += 1;
      let release!: () => void;
      const turn = new Promise<void>((resolve) => {
        release = resolve;
      });
      const before = tail;
      tail = tail.then(() => turn);
      let released = false;
      return before.then(() => () => {
        if (released) return;
        released = true;
        busy -= 1;
        release();
      });
    },
  };
}

function gate(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const queue = createQueue();
  const queryRaw = adapter.queryRaw.bind(adapter);
  const executeRaw = adapter.executeRaw.bind(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);

  // better-sqlite3 runs a statement synchronously inside the call, so with nobody queued the
  // statement is over before anyone else can start: no need to take a turn.
  const plain =
    <Q, R>(run: (query: Q) => Promise<R>) =>
    async (query: Q): Promise<R> => {
      if (queue.busy === 0) return run(query);
      const release = await queue.acquire();
      try {
        return await run(query);
      } finally {
        release();
      }
    };

  const patched = adapter as { -readonly [K in keyof SqlDriverAdapter]: SqlDriverAdapter[K] };
  patched.queryRaw = plain(queryRaw);
  patched.executeRaw = plain(executeRaw);
  patched.startTransaction = async (isolationLevel) => {
    const release = await queue.acquire();
    let tx: Transaction;
    try {
      tx = await startTransaction(isolationLevel);
    } catch (error) {
      release();
      throw error;
    }
    // Prisma runs COMMIT / ROLLBACK through tx, then calls commit() / rollback() to end it.
    const commit = tx.commit.bind(tx);
    const rollback = tx.rollback.bind(tx);
    const end = tx as { -readonly [K in keyof Transaction]: Transaction[K] };
    end.commit = () => commit().finally(release);
    end.rollback = () => rollback().finally(release);
    return tx;
  };
  return adapter;
}
