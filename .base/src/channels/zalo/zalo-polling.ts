import { scrubSecrets } from '../../logger.ts';
import { type ZaloApi, ZaloApiError } from './zalo-api.ts';
import type { ZaloInbound } from './zalo-inbound.ts';

interface PollingLogger {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface ZaloPollingOptions {
  api: ZaloApi;
  inbound: ZaloInbound;
  logger: PollingLogger;
  timeoutSeconds: number;
  /** first pause after an error, doubled up to maxBackoffMs */
  backoffMs?: number;
  maxBackoffMs?: number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

export interface ZaloPolling {
  stop(): Promise<void>;
}

const abortableSleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });

/**
 * Development mode: asks getUpdates for one update at a time (408 = nothing came in the timeout),
 * stores each before handling it (Zalo will not deliver it again), and backs off on errors so an
 * outage or a wrong token does not hammer the API.
 */
export function startZaloPolling(options: ZaloPollingOptions): ZaloPolling {
  const { api, inbound, logger } = options;
  const sleep = options.sleep ?? abortableSleep;
  const base = options.backoffMs ?? 1_000;
  const max = options.maxBackoffMs ?? 60_000;
  const stopping = new AbortController();

  async function loop(): Promise<void> {
    let backoff = base;
    while (!stopping.signal.aborted) {
      try {
        const update = await api.getUpdates(options.timeoutSeconds, stopping.signal);
        backoff = base;
        if (update === null) continue;
        let result: Awaited<ReturnType<ZaloInbound['accept']>>;
        try {
          result = await inbound.accept(update);
        } catch (error) {
          // Zalo will not deliver it again: say plainly that it is gone.
          logger.error(
            { err: scrubSecrets(error instanceof Error ? error.message : String(error)) },
            'zalo polling: an update could not be stored and is lost',
          );
          throw error;
        }
        if (result === 'invalid') logger.warn({ reason: 'not a Zalo update' }, 'zalo polling: answer ignored');
        await inbound.drain();
      } catch (error) {
        if (stopping.signal.aborted) break;
        const detail = scrubSecrets(error instanceof Error ? error.message : String(error));
        if (error instanceof ZaloApiError && error.errorCode === 401) logger.error({ err: detail }, 'zalo polling: the token was refused');
        else logger.warn({ err: detail, retryInMs: backoff }, 'zalo polling: getUpdates failed, trying again');
        await sleep(backoff, stopping.signal);
        backoff = Math.min(max, backoff * 2);
      }
    }
  }

  const running = loop();
  return {
    async stop() {
      stopping.abort();
      await running;
    },
  };
}
