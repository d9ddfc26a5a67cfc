/** Small pieces of the outbox sender: waiting, yielding, reading a failure. */
import { scrubSecrets } from '../logger.ts';
import { TransportError, type TransportFailure } from './transport.ts';

export const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
/**
 * Lets pending I/O run (updates arriving, answers to replies). On SQLite every statement completes
 * synchronously, so without this a round of rows (a card refresh fanned out to every group, then
 * each of those edits) runs as one uninterrupted chain and holds the bot's event loop for as long.
 */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export function failureOf(error: unknown): TransportFailure {
  if (error instanceof TransportError) return error.failure;
  const description = error instanceof Error ? error.message : String(error);
  return { kind: 'network', description: scrubSecrets(description).slice(0, 300) };
}
