import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { Attachment } from '../core/model/outgoing.ts';
import type { Clock } from '../core/time/clock.ts';
import { checkLink, signLink } from './signed-link.ts';

/** URL path under which shelved files are served ("tệp"). */
export const FILE_PATH_PREFIX = '/tep/';

export interface FileShelfOptions {
  /** where the files are kept (FILES_DIR) */
  dir: string;
  /** the bot's public address (PUBLIC_BASE_URL; the sandbox's is known once its server listens) */
  baseUrl: string | (() => string);
  /** HMAC key of the links (FILE_LINK_SECRET) */
  secret: string;
  /** how long a link works (FILE_LINK_TTL_HOURS) */
  ttlHours: number;
  clock: Clock;
}

export interface ShelvedFile {
  url: string;
  expiresAt: Date;
}

export interface FileShelf {
  /** Keeps the file and gives a signed link to it that expires after the configured time. */
  put(file: Pick<Attachment, 'fileName' | 'mimeType' | 'bytes'>): Promise<ShelvedFile>;
  /** Answers GET /tep/<id>/<name>?exp&sig; false when the request is not for a shelved file. */
  serve(request: IncomingMessage, response: ServerResponse): Promise<boolean>;
}

const ID = /^[0-9a-f]{32}$/;

function safeName(name: string): string {
  const cleaned = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim();
  return cleaned.slice(-120) || 'tep';
}

function text(response: ServerResponse, status: number, body: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end(body);
}

/**
 * Files a messenger cannot carry (Zalo: no documents, photos by URL only) kept on disk and served by
 * the bot's own HTTP server at signed, expiring links. Files older than their links are removed
 * when a new one is shelved.
 */
export function createFileShelf(options: FileShelfOptions): FileShelf {
  const { dir, clock } = options;
  const ttlMs = options.ttlHours * 3_600_000;

  async function sweep(now: number): Promise<void> {
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
      const path = join(dir, name);
      const info = await stat(path).catch(() => null);
      if (info && info.mtimeMs + ttlMs < now - 60_000) await rm(path, { force: true, recursive: true });
    }
  }

  return {
    async put(file) {
      await mkdir(dir, { recursive: true });
      const now = clock.now();
      await sweep(Date.now());
      const id = randomBytes(16).toString('hex');
      const name = safeName(file.fileName);
      await writeFile(join(dir, id), file.bytes);
      await writeFile(join(dir, `${id}.json`), JSON.stringify({ fileName: name, mimeType: file.mimeType }));
      const expiresAt = new Date(now.getTime() + ttlMs);
      const base = typeof options.baseUrl === 'function' ? options.baseUrl() : options.baseUrl;
      return { url: signLink(base, `${FILE_PATH_PREFIX}${id}/${encodeURIComponent(name)}`, expiresAt, options.secret), expiresAt };
    },
    async serve(request, response) {
      const url = new URL(request.url ?? '/', 'http://bot.local');
      if (!url.pathname.startsWith(FILE_PATH_PREFIX)) return false;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        text(response, 405, 'Phương thức không được hỗ trợ.');
        return true;
      }
      const check = checkLink(url.pathname, url.searchParams, clock.now(), options.secret);
      if (check === 'invalid') {
        text(response, 403, 'Đường dẫn tải tệp không hợp lệ.');
        return true;
      }
      if (check === 'expired') {
        text(response, 410, 'Đường dẫn tải tệp đã hết hạn. Hãy yêu cầu bot gửi lại tệp.');
        return true;
      }
      const id = url.pathname.slice(FILE_PATH_PREFIX.length).split('/')[0] ?? '';
      const [bytes, meta] = ID.test(id)
        ? await Promise.all([readFile(join(dir, id)).catch(() => null), readFile(join(dir, `${id}.json`), 'utf8').catch(() => null)])
        : [null, null];
      if (!bytes || !meta) {
        text(response, 404, 'Tệp không còn trên máy chủ. Hãy yêu cầu bot gửi lại tệp.');
        return true;
      }
      const { fileName, mimeType } = JSON.parse(meta) as { fileName: string; mimeType: string };
      response.writeHead(200, {
        'content-type': mimeType,
        'content-length': bytes.length,
        // A photo is shown where it is opened (Zalo fetches it for sendPhoto); a document is saved.
        'content-disposition': `${mimeType.startsWith('image/') ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
      });
      response.end(request.method === 'HEAD' ? undefined : bytes);
      return true;
    },
  };
}
