#!/usr/bin/env node
// Online backup of the SQLite database while the bot runs (SQLite's backup API: a consistent copy,
// writers are not blocked), then an integrity check of the copy.
//   node deploy/backup-sqlite.mjs /var/lib/dieuphoi/dieuphoi.db /var/backups/dieuphoi/dieuphoi-$(date +%F).db
// Run from the app directory (it uses the app's better-sqlite3).
import Database from 'better-sqlite3';

const [source, target] = process.argv.slice(2);
if (!source || !target) {
  console.error('Cách dùng: node deploy/backup-sqlite.mjs <tệp cơ sở dữ liệu> <tệp sao lưu>');
  process.exit(2);
}
const db = new Database(source, { readonly: true, fileMustExist: true });
try {
  await db.backup(target);
} finally {
  db.close();
}
const copy = new Database(target, { readonly: true });
const check = copy.pragma('integrity_check', { simple: true });
copy.close();
if (check !== 'ok') {
  console.error(`Bản sao lưu ${target} bị lỗi: ${check}`);
  process.exit(1);
}
console.log(`Đã sao lưu ${source} → ${target} (integrity_check: ok)`);
