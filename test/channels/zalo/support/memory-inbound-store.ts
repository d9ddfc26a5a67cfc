import type { InboundStore, StoredInbound } from '../../../../src/core/ports/inbound-store.ts';

/** An InboundStore in memory, with a hook to hold `save` (to see what happens before it resolves). */
export function memoryInboundStore(options: { beforeSave?: () => Promise<void> } = {}) {
  const rows: (StoredInbound & { status: 'pending' | 'done' | 'failed'; lastError?: string })[] = [];
  const store: InboundStore = {
    async save({ platform, key, payload, at }) {
      await options.beforeSave?.();
      if (rows.some((row) => row.key === key)) return false;
      rows.push({ id: rows.length + 1, platform, key, payload, attempts: 0, receivedAt: at, status: 'pending' });
      return true;
    },
    async pending(platform, limit, afterId = 0) {
      return rows.filter((row) => row.platform === platform && row.status === 'pending' && row.id > afterId).slice(0, limit);
    },
    async markDone(id) {
      const row = rows.find((r) => r.id === id);
      if (row) row.status = 'done';
    },
    async prune(platform, before) {
      let count = 0;
      for (let i = rows.length - 1; i >= 0; i--) {
        const row = rows[i]!;
        if (row.platform === platform && row.status !== 'pending' && row.receivedAt < before) {
          rows.splice(i, 1);
          count++;
        }
      }
      return count;
    },
    async recordFailure(id, error, _at, maxAttempts) {
      const row = rows.find((r) => r.id === id);
      if (!row) return;
      row.attempts += 1;
      row.lastError = error;
      if (row.attempts >= maxAttempts) row.status = 'failed';
    },
  };
  return { store, rows };
}
