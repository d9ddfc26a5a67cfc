import { readReply } from './src/core/replies/index.ts';
for (const t of process.argv.slice(2)) console.log(JSON.stringify(readReply(t)));
