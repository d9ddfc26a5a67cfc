#!/usr/bin/env node
// The `dieuphoi` command: runs src/cli.ts through tsx so no build step is needed.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli.ts');
const code = await runCli(process.argv.slice(2));
process.exit(code);
