import { z } from 'zod';
import { zaloConfigShape, zaloProblems } from './zalo-config.ts';

const DEFAULT_SQLITE_URL = 'file:./data/dieuphoi.db';

/**
 * Secretariat members, each "<platform>:<user id>" ("telegram:123", "zalo:4f9a…"); a bare number
 * still means a Telegram id (the form before Zalo). Stored normalized: "telegram:123".
 */
const SECRETARIAT_ENTRY = /^(?:(telegram):(-?\d+)|(zalo):([A-Za-z0-9_-]{1,64})|(-?\d+))$/;

const secretariatIds = z
  .string()
  .trim()
  .transform((value, ctx) => {
    if (value === '') return [] as string[];
    const ids: string[] = [];
    for (const entry of value.split(/[\s,;]+/).filter(Boolean)) {
      const match = SECRETARIAT_ENTRY.exec(entry);
      if (!match) {
        ctx.addIssue({
          code: 'custom',
          message: `"${entry}" không đúng dạng: cần "telegram:<mã số>", "zalo:<mã người dùng>" hoặc chỉ mã số Telegram (chỉ gồm chữ số)`,
        });
        continue;
      }
      const [, tgPlatform, tgId, zaloPlatform, zaloId, bare] = match;
      ids.push(bare !== undefined ? `telegram:${bare}` : tgPlatform ? `${tgPlatform}:${tgId}` : `${zaloPlatform}:${zaloId}`);
    }
    return ids;
  });

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'cần dạng HH:mm, ví dụ 07:30');

export const configSchema = z
  .object({
    BOT_TOKEN: z
      .string()
      .trim()
      .regex(/^\d+:[A-Za-z0-9_-]{20,}$/, 'mã bot (token) không đúng dạng 123456789:ABC…; lấy token từ @BotFather')
      .optional()
      .or(z.literal('').transform(() => undefined)),
    DATABASE_URL: z
      .string()
      .trim()
      .default(DEFAULT_SQLITE_URL)
      .refine(
        (url) => /^file:.+/.test(url) || /^postgres(ql)?:\/\/[^/]+\/[^/?]+/.test(url),
        'phải là "file:<đường dẫn tệp SQLite>" hoặc "postgresql://người_dùng@máy:cổng/tên_cơ_sở_dữ_liệu"',
      ),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    BOT_MODE: z.enum(['polling', 'webhook'], { message: 'chỉ nhận "polling" hoặc "webhook"' }).default('polling'),
    WEBHOOK_URL: z.url({ message: 'phải là địa chỉ https://… công khai' }).optional(),
    WEBHOOK_PORT: z.coerce.number().int().min(1).max(65535).default(8080),
    HTTP_PORT: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(0).max(65535).optional()),
    WEBHOOK_SECRET: z
      .string()
      .regex(/^[A-Za-z0-9_-]{16,256}$/, 'cần 16–256 ký tự gồm chữ, số, "_" hoặc "-"')
      .optional(),
    TELEGRAM_API_ROOT: z.url({ message: 'phải là địa chỉ http(s)://…' }).default('https://api.telegram.org'),
    SECRETARIAT_USER_IDS: secretariatIds.default([]),
    SANDBOX_PORT: z.coerce.number().int().min(0).max(65535).default(8790),
    QUIET_HOURS: z
      .string()
      .default('21:00-07:00')
      .refine((v) => /^\d\d:\d\d-\d\d:\d\d$/.test(v) && v.split('-').every((t) => timeOfDay.safeParse(t).success), 'cần dạng HH:mm-HH:mm, ví dụ 21:00-07:00'),
    SEND_PER_SECOND: z.coerce.number().int().min(1).max(30).default(30),
    SEND_PER_CHAT_PER_MINUTE: z.coerce.number().int().min(1).max(60).default(20),
    PLAN_FILE: z.string().optional(),
    ...zaloConfigShape,
  })
  .superRefine((config, ctx) => {
    if (config.BOT_MODE === 'webhook') {
      if (!config.WEBHOOK_URL) ctx.addIssue({ code: 'custom', path: ['WEBHOOK_URL'], message: 'bắt buộc khi BOT_MODE=webhook' });
      if (!config.WEBHOOK_SECRET) ctx.addIssue({ code: 'custom', path: ['WEBHOOK_SECRET'], message: 'bắt buộc khi BOT_MODE=webhook' });
      if (!config.BOT_TOKEN) ctx.addIssue({ code: 'custom', path: ['BOT_TOKEN'], message: 'bắt buộc khi BOT_MODE=webhook' });
    }
    for (const problem of zaloProblems(config)) ctx.addIssue({ code: 'custom', path: [problem.path], message: problem.message });
  });

export type Config = z.output<typeof configSchema>;

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

/** Validates the environment; never echoes secret values back. */
export function loadConfig(env: Record<string, string | undefined>): ConfigResult {
  const parsed = configSchema.safeParse(env);
  if (parsed.success) return { ok: true, config: parsed.data };
  const problems = parsed.error.issues.map((issue) => {
    const key = issue.path.join('.') || '(cấu hình)';
    return `${key}: ${issue.message}`;
  });
  return { ok: false, problems };
}

export function formatConfigProblems(problems: string[]): string {
  return ['Cấu hình không hợp lệ (Invalid configuration). Hãy sửa các biến môi trường sau (xem .env.example):', ...problems.map((p) => `  • ${p}`)].join('\n');
}

/** Listed in SECRETARIAT_USER_IDS for this messenger (ids of one messenger never match another's). */
export function isListedSecretariat(config: Pick<Config, 'SECRETARIAT_USER_IDS'>, platform: string, userId: string): boolean {
  return config.SECRETARIAT_USER_IDS.includes(`${platform}:${userId}`);
}
