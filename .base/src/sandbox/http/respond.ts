import type { ServerResponse } from 'node:http';

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

export function sendBytes(response: ServerResponse, status: number, bytes: Uint8Array | string, contentType: string, extra: Record<string, string> = {}): void {
  const body = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  response.writeHead(status, { 'content-type': contentType, 'content-length': body.length, ...extra });
  response.end(body);
}
