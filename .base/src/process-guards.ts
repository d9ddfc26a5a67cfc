import { scrubSecrets } from './logger.ts';

/** One line for a log: name and message, scrubbed of tokens; never the stack (it can carry request URLs). */
export function describeFailure(error: unknown): string {
  if (error instanceof Error) return scrubSecrets(`${error.name}: ${error.message}`);
  return scrubSecrets(String(error));
}

/**
 * Installed once by each entry point. A promise rejected with nobody listening is logged and the
 * process keeps serving (Node would otherwise exit and drop every chat); an uncaught exception is
 * logged the same way and ends the process with code 1, since its state can no longer be trusted.
 */
export function installProcessGuards(report: (kind: 'unhandled-rejection' | 'uncaught-exception', message: string) => void): void {
  process.on('unhandledRejection', (reason) => {
    report('unhandled-rejection', describeFailure(reason));
  });
  process.on('uncaughtException', (error) => {
    report('uncaught-exception', describeFailure(error));
    process.exit(1);
  });
}
