import pino from 'pino';
import pinoPretty from 'pino-pretty';

export type Logger = pino.Logger;

const REDACT = {
  paths: [
    'token',
    'botToken',
    'config.BOT_TOKEN',
    'BOT_TOKEN',
    'config.ZALO_BOT_TOKEN',
    'ZALO_BOT_TOKEN',
    'config.ZALO_WEBHOOK_SECRET',
    'config.FILE_LINK_SECRET',
    '*.token',
    'err.config',
    'error.config',
  ],
  censor: '[ẩn]',
};

const PRETTY = { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' };

/** JSON lines by default; human-readable when writing to a terminal. Secrets are redacted. */
export function createLogger(level: string, pretty = Boolean(process.stdout.isTTY)): Logger {
  return pino({ level, redact: REDACT, ...(pretty ? { transport: { target: 'pino-pretty', options: PRETTY } } : {}) });
}

/**
 * The sandbox's console is a newcomer's terminal, under the banner that tells them what to do: only
 * warnings and errors, as readable lines (never JSON, even piped), unless LOG_LEVEL asks for more.
 * Secrets are redacted as in production. `destination`: where the lines go (stdout by default).
 */
export function createSandboxLogger(explicitLevel: string | undefined, destination?: NodeJS.WritableStream): Logger {
  return pino({ level: explicitLevel ?? 'warn', redact: REDACT }, pinoPretty({ ...PRETTY, sync: true, ...(destination ? { destination } : {}) }));
}

/**
 * Removes bot tokens from text that may end up in logs (grammY errors include the request URL; a Zalo
 * access token may hold characters a Telegram one does not, so a URL's token runs to the next "/").
 */
export function scrubSecrets(text: string): string {
  return text.replace(/bot\d+:[^\s/"'<>]+/g, 'bot<ẩn>').replace(/\b\d{6,}:[A-Za-z0-9_-]{30,}\b/g, '<ẩn>');
}
