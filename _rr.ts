import { readReply } from './src/core/replies/read-reply.ts';
import { readReply as full } from './src/core/replies/index.ts';
for (const t of process.argv.slice(2)) { const r = readReply(t); const f = full(t); console.log(r.status, r.confidence, '|', f.status, f.confidence, '|', t, '|', f.reasons.join(',')); }
