import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface StaticFile {
  body: string;
  contentType: string;
}

const WEB_FILES: Record<string, string> = {
  '/': 'index.html',
  '/index.html': 'index.html',
  '/app.js': 'app.js',
  '/render-entities.js': 'render-entities.js',
  '/render-message.js': 'render-message.js',
  '/style.css': 'style.css',
};

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

/** The page's files, read once at start (no build step). */
export function loadWebFiles(): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  for (const [route, name] of Object.entries(WEB_FILES)) {
    const body = readFileSync(fileURLToPath(new URL(`../web/${name}`, import.meta.url)), 'utf8');
    const extension = name.split('.').pop() ?? '';
    files.set(route, { body, contentType: TYPES[extension] ?? 'text/plain; charset=utf-8' });
  }
  return files;
}
