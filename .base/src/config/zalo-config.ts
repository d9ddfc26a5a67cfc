import { z } from 'zod';

/** Zalo Bot Platform's documented host; the older bot-api.zapps.me can be set in ZALO_API_ROOT. */
export const DEFAULT_ZALO_API_ROOT = 'https://bot-api.zaloplatforms.com';

const optionalText = <T extends z.ZodType>(schema: T) => schema.optional().or(z.literal('').transform(() => undefined));

/**
 * Zalo Bot Platform settings. The token is `{bot_id}:{access_token}` (static, from Zalo Bot Manager);
 * the messages never repeat it. What the platform does not document (rate limits, the exact form of
 * a group mention) is configuration here, with conservative defaults.
 */
export const zaloConfigShape = {
  ZALO_BOT_TOKEN: optionalText(
    z
      .string()
      .trim()
      .regex(/^\d+:[^\s:]{8,}$/, 'mã bot Zalo (token) không đúng dạng {mã_bot}:{mã_truy_cập}; sao chép lại token trong Zalo Bot Manager'),
  ),
  ZALO_API_ROOT: z.url({ message: 'phải là địa chỉ http(s)://…' }).default(DEFAULT_ZALO_API_ROOT),
  ZALO_MODE: z.enum(['polling', 'webhook'], { message: 'chỉ nhận "polling" hoặc "webhook"' }).default('polling'),
  ZALO_WEBHOOK_URL: optionalText(z.url({ protocol: /^https$/, message: 'phải là địa chỉ https://… công khai (Zalo chỉ gọi webhook qua HTTPS)' })),
  ZALO_WEBHOOK_SECRET: optionalText(z.string().regex(/^[\x21-\x7E]{8,256}$/, 'cần 8–256 ký tự, không có khoảng trắng hay dấu tiếng Việt')),
  /** names a group message may start with when it mentions the bot, besides getMe's account_name */
  ZALO_BOT_NAMES: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(/[,;]/)
        .map((name) => name.trim())
        .filter(Boolean),
    ),
  /** whether Zalo delivers only the group messages that mention the bot (reported, unconfirmed) or all of them */
  ZALO_GROUP_READING: z.enum(['mentions_only', 'all'], { message: 'chỉ nhận "mentions_only" hoặc "all"' }).default('mentions_only'),
  ZALO_POLL_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(60).default(30),
  ZALO_SEND_PER_SECOND: z.coerce.number().int().min(1).max(30).default(5),
  ZALO_SEND_CHAT_INTERVAL_MS: z.coerce.number().int().min(0).max(60_000).default(1_000),
  PUBLIC_BASE_URL: optionalText(z.url({ protocol: /^https?$/, message: 'phải là địa chỉ http(s)://… công khai của bot' })),
  FILE_LINK_SECRET: optionalText(z.string().min(32, 'cần ít nhất 32 ký tự ngẫu nhiên')),
  FILE_LINK_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(72),
  FILES_DIR: z.string().trim().min(1).default('./data/files'),
};

interface ZaloSettings {
  ZALO_BOT_TOKEN?: string | undefined;
  ZALO_MODE: 'polling' | 'webhook';
  ZALO_WEBHOOK_URL?: string | undefined;
  ZALO_WEBHOOK_SECRET?: string | undefined;
  PUBLIC_BASE_URL?: string | undefined;
  FILE_LINK_SECRET?: string | undefined;
}

/** What Zalo needs once a token is set: links for files always, URL and secret in webhook mode. */
export function zaloProblems(config: ZaloSettings): { path: string; message: string }[] {
  if (!config.ZALO_BOT_TOKEN) return [];
  const problems: { path: string; message: string }[] = [];
  const needed = (path: string, why: string) => problems.push({ path, message: `bắt buộc khi có ZALO_BOT_TOKEN (${why})` });
  if (!config.PUBLIC_BASE_URL) needed('PUBLIC_BASE_URL', 'Zalo không gửi được tệp: tài liệu và ảnh được gửi dưới dạng đường dẫn tải về');
  if (!config.FILE_LINK_SECRET) needed('FILE_LINK_SECRET', 'khóa ký đường dẫn tải tệp');
  if (config.ZALO_MODE === 'webhook') {
    if (!config.ZALO_WEBHOOK_URL) problems.push({ path: 'ZALO_WEBHOOK_URL', message: 'bắt buộc khi ZALO_MODE=webhook' });
    if (!config.ZALO_WEBHOOK_SECRET) problems.push({ path: 'ZALO_WEBHOOK_SECRET', message: 'bắt buộc khi ZALO_MODE=webhook' });
  }
  return problems;
}
