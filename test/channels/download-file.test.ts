import { Api } from 'grammy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadTelegramFile } from '../../src/channels/telegram/download-file.ts';
import { FileTooLargeError } from '../../src/core/model/file-too-large-error.ts';
import { createSandboxServer, type SandboxServer } from '../../src/sandbox/index.ts';

const TOKEN = '123456:SANDBOXdownloadSANDBOX';
const userId = 300_002;

/** downloadFile for Telegram: getFile, then the file URL under the Bot API root, with a size limit. */
describe('downloading a file sent to the bot (Telegram Bot API, against the sandbox)', () => {
  let sandbox: SandboxServer;
  let api: Api;
  let fileId: string;
  const bytes = new TextEncoder().encode('KẾ HOẠCH\nSở Nội vụ chủ trì, hoàn thành trước ngày 30/6/2024.');

  beforeAll(async () => {
    sandbox = createSandboxServer({ token: TOKEN });
    const { apiRoot } = await sandbox.listen(0);
    sandbox.createUser({ id: userId, first_name: 'Thư ký' });
    const message = await sandbox.sendUserFile({ chatId: userId, fromUserId: userId, kind: 'document', fileName: 'ke-hoach.txt', bytes });
    fileId = message.document?.file_id ?? '';
    api = new Api(TOKEN, { apiRoot });
  });

  afterAll(async () => {
    await sandbox.close();
  });

  it('returns the bytes as sent', async () => {
    expect(await downloadTelegramFile(api, 'https://api.telegram.org', fileId, 1024)).toEqual(bytes);
  });

  it('refuses a file over the limit by the size getFile reports, before downloading', async () => {
    const error = await downloadTelegramFile(api, 'https://api.telegram.org', fileId, 10).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileTooLargeError);
    expect((error as FileTooLargeError).size).toBe(bytes.length);
  });

  it('never puts the token in an error', async () => {
    const error = await downloadTelegramFile(api, 'https://api.telegram.org', 'no-such-file', 1024).catch((e: unknown) => e);
    expect(String(error)).not.toContain('SANDBOXdownload');
  });
});
