import pino from 'pino';

export type Logger = pino.Logger;

/** JSON lines by default; human-readable when writing to a terminal. Secrets are redacted. */
export function createLogger(level: string, pretty = Boolean(process.stdout.isTTY)): Logger {
  return pino({
    level,
    redact: {
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
    },
    ...(pretty ? { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' } } } : {}),
  });
}

/**
 * Removes bot tokens from text that may end up in logs (grammY errors include the request URL; a Zalo
 * access token may hold characters a Telegram one does not, so a URL's token runs to the next "/").
 */
export function scrubSecrets(text: string): string {
  return text.replace(/bot\d+:[^\s/"'<>]+/g, 'bot<ẩn>').replace(/\b\d{6,}:[A-Za-z0-9_-]{30,}\b/g, '<ẩn>');
}
