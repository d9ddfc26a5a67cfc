/** Runs a TypeScript file in a child Node process (tsx loader) that talks back over IPC. */
import { type ChildProcess, fork } from 'node:child_process';

export interface Child<Message> {
  process: ChildProcess;
  /** the next IPC message matching `accept` */
  next<T extends Message>(accept: (message: Message) => message is T, timeoutMs: number): Promise<T>;
  send(message: object): void;
  exited: Promise<number | null>;
}

export function startChild<Message>(file: string, env: Record<string, string>): Child<Message> {
  const child = fork(file, [], {
    // BENCH_CPU_PROF=<dir> writes a V8 CPU profile of each child (open it in Chrome DevTools).
    execArgv: ['--import', 'tsx', ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [])],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const inbox: Message[] = [];
  const waiters = new Set<() => void>();
  child.on('message', (message) => {
    inbox.push(message as Message);
    for (const wake of [...waiters]) wake();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    process: child,
    send: (message) => child.send(message),
    exited,
    next<T extends Message>(accept: (message: Message) => message is T, timeoutMs: number): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const check = () => {
          const index = inbox.findIndex(accept);
          if (index < 0) return false;
          const [found] = inbox.splice(index, 1);
          clearTimeout(timer);
          waiters.delete(check);
          resolve(found as T);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`child ${file} sent nothing expected within ${timeoutMs} ms`));
        }, timeoutMs);
        if (check()) return;
        waiters.add(check);
        void exited.then((code) => {
          if (waiters.has(check)) {
            waiters.delete(check);
            clearTimeout(timer);
            reject(new Error(`child ${file} exited with code ${code}`));
          }
        });
      });
    },
  };
}
