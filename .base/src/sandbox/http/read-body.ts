import type { IncomingMessage } from 'node:http';
import type { UploadedPart } from '../bot-api/params.ts';

const MAX_BODY_BYTES = 60 * 1024 * 1024;

export interface ParsedBody {
  fields: Record<string, unknown>;
  uploads: Map<string, UploadedPart>;
}

export async function readRawBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** JSON, urlencoded or multipart/form-data, merged over the query string like Telegram does. */
export async function readBody(request: IncomingMessage, query: URLSearchParams): Promise<ParsedBody> {
  const fields: Record<string, unknown> = Object.fromEntries(query);
  const uploads = new Map<string, UploadedPart>();
  const type = request.headers['content-type'] ?? '';
  const raw = await readRawBody(request);
  if (raw.length === 0) return { fields, uploads };
  if (type.includes('application/json')) {
    const parsed: unknown = JSON.parse(raw.toString('utf8'));
    if (parsed && typeof parsed === 'object') Object.assign(fields, parsed);
  } else if (type.includes('multipart/form-data')) {
    const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(type);
    const name = boundary?.[1] ?? boundary?.[2];
    if (name) parseMultipart(raw, name, fields, uploads);
  } else {
    Object.assign(fields, Object.fromEntries(new URLSearchParams(raw.toString('utf8'))));
  }
  return { fields, uploads };
}

/**
 * grammY writes `filename=` unquoted and header names without a space, which undici's
 * FormData parser rejects, so multipart is parsed here.
 */
export function parseMultipart(raw: Buffer, boundary: string, fields: Record<string, unknown>, uploads: Map<string, UploadedPart>): void {
  const delimiter = Buffer.from(`--${boundary}`);
  let start = raw.indexOf(delimiter);
  while (start >= 0) {
    let partStart = start + delimiter.length;
    if (raw[partStart] === 0x2d && raw[partStart + 1] === 0x2d) return;
    if (raw[partStart] === 0x0d && raw[partStart + 1] === 0x0a) partStart += 2;
    const next = raw.indexOf(delimiter, partStart);
    if (next < 0) return;
    let partEnd = next;
    if (raw[partEnd - 2] === 0x0d && raw[partEnd - 1] === 0x0a) partEnd -= 2;
    readPart(raw.subarray(partStart, partEnd), fields, uploads);
    start = next;
  }
}

function readPart(part: Buffer, fields: Record<string, unknown>, uploads: Map<string, UploadedPart>): void {
  const headerEnd = part.indexOf('\r\n\r\n');
  if (headerEnd < 0) return;
  const headers = part.subarray(0, headerEnd).toString('utf8').split('\r\n');
  const body = part.subarray(headerEnd + 4);
  let name: string | undefined;
  let fileName: string | undefined;
  let contentType: string | undefined;
  for (const line of headers) {
    const colon = line.indexOf(':');
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (key === 'content-type') contentType = value;
    if (key !== 'content-disposition') continue;
    name = /(?:^|;)\s*name="([^"]*)"/i.exec(value)?.[1] ?? /(?:^|;)\s*name=([^;]*)/i.exec(value)?.[1]?.trim();
    fileName = /;\s*filename="([^"]*)"/i.exec(value)?.[1] ?? /;\s*filename=(.*)$/i.exec(value)?.[1]?.trim();
  }
  if (name === undefined) return;
  if (fileName === undefined) {
    fields[name] = body.toString('utf8');
    return;
  }
  const upload: UploadedPart = { fileName, bytes: new Uint8Array(body) };
  if (contentType) upload.contentType = contentType;
  uploads.set(name, upload);
}
