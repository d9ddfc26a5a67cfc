/**
 * `npm start`: the bot. With BOT_TOKEN it talks to Telegram (long polling or webhook), with
 * ZALO_BOT_TOKEN to Zalo (polling or webhook), with both to both; without either (or with --sandbox)
 * it starts the local sandbox and prints its URL. Wiring only.
 */
import { sandboxBanner, startSandbox } from './app/start-sandbox.ts';
import { type App, createApp } from './app/create-app.ts';
import { OffsetClock } from './app/offset-clock.ts';
import { formatConfigProblems, loadConfig } from './config/config.ts';
import { loadPlanFile } from './plan-import/load-plan-file.ts';
import { createLogger, createSandboxLogger, type Logger, scrubSecrets } from './logger.ts';
import { installProcessGuards } from './process-guards.ts';
import { StartupError } from './startup-error.ts';

async function importPlanFile(app: App, file: string): Promise<void> {
  const loaded = await loadPlanFile(file);
  if (!loaded.ok)
    throw new StartupError(`Tệp kế hoạch ${file} (PLAN_FILE) có lỗi: ${loaded.errors[0]?.message ?? ''} Chạy "npx dieuphoi plan lint ${file}" để xem hết.`, 2);
  await app.deps.stores.plans.importPlan(loaded.plan, { actor: { id: 'startup', name: 'PLAN_FILE' }, at: app.deps.clock.now(), sourceFile: file });
}

async function main(): Promise<number> {
  // Installed first; errors go to the logger once there is one (a variable of this run, not of the module).
  let logger: Logger | undefined;
  installProcessGuards((kind, message) => {
    if (logger) logger.error({ kind, err: message }, 'lỗi không được xử lý (bot vẫn chạy nếu có thể)');
    else console.error(`Lỗi không được xử lý (${kind}): ${message}`);
  });
  const loaded = loadConfig(process.env);
  if (!loaded.ok) {
    console.error(formatConfigProblems(loaded.problems));
    return 2;
  }
  const config = loaded.config;
  const sandbox = process.argv.includes('--sandbox') || (!config.BOT_TOKEN && !config.ZALO_BOT_TOKEN);
  // the sandbox's terminal is a newcomer's: warnings and errors in words unless LOG_LEVEL is set; production stays JSON
  const log = sandbox ? createSandboxLogger(process.env.LOG_LEVEL ? config.LOG_LEVEL : undefined) : createLogger(config.LOG_LEVEL);
  logger = log;

  // Listening before anything starts: a Ctrl+C while the bot is starting (it may already answer) still stops it cleanly.
  const stopRequested = new Promise<void>((resolve) => {
    const shutdown = (signal: string) => {
      log.info({ signal }, 'đang dừng: hoàn tất các cập nhật đang xử lý và đóng cơ sở dữ liệu');
      resolve();
    };
    process.once('SIGINT', () => shutdown('SIGINT'));
    process.once('SIGTERM', () => shutdown('SIGTERM'));
  });
  let stop: () => Promise<void>;
  if (sandbox) {
    if (!config.BOT_TOKEN && !config.ZALO_BOT_TOKEN) {
      console.log('Chưa có BOT_TOKEN hay ZALO_BOT_TOKEN: chạy bản thử (sandbox) trên máy này, không cần Telegram hay Zalo.');
      console.log('Để chạy với Telegram thật: lấy token từ @BotFather rồi chạy BOT_TOKEN=<token> npm start (xem README.md).');
      console.log('Để chạy với Zalo: tạo bot trong Zalo Bot Manager rồi đặt ZALO_BOT_TOKEN (xem docs/zalo.md).');
    }
    const run = await startSandbox(config, log);
    stop = run.stop;
    console.log(`\n${sandboxBanner(run).join('\n')}`);
    console.log('Nhóm Ban Chỉ đạo: người dùng đầu tiên là Thường trực BCĐ. Gửi /batdau để kết nối nhóm, /moi <mã đơn vị> để lấy mã cho từng nhóm đơn vị.');
    console.log('Nhóm có nhãn "Zalo" mô phỏng Zalo: ở đó bot chỉ đọc tin nhắn nhắc tới nó, ví dụ "@Điều phối /ketnoi <mã>".');
    console.log('Nhấn Ctrl+C để dừng.\n');
  } else {
    const app = await createApp({ config, logger: log, clock: new OffsetClock(), token: config.BOT_TOKEN });
    if (config.PLAN_FILE) await importPlanFile(app, config.PLAN_FILE);
    await app.start();
    stop = app.stop;
  }

  await stopRequested;
  await stop();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Không khởi động được Điều phối: ${scrubSecrets(error instanceof Error ? error.message : String(error))}`);
    process.exit(error instanceof StartupError ? error.exitCode : 1);
  },
);
