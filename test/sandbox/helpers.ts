import { Api } from 'grammy';
import { createSandboxServer, type SandboxServer, type SandboxServerOptions } from '../../src/sandbox/index.ts';

export interface Harness {
  server: SandboxServer;
  api: Api;
  apiRoot: string;
  url: string;
  groupId: number;
  alice: number;
  bob: number;
}

export const GROUP_ID = -1_001_234_567_890;
export const ALICE = 501;
export const BOB = 502;

/** A listening sandbox with one group (Alice creator, Bob member) and the bot in it. */
export async function startHarness(options: SandboxServerOptions = {}): Promise<Harness> {
  const server = createSandboxServer(options);
  const { apiRoot, url } = await server.listen();
  server.createUser({ id: ALICE, first_name: 'Nguyễn Thị Lan', username: 'lan_nt' });
  server.createUser({ id: BOB, first_name: 'Trần Văn Bình' });
  server.createChat({
    id: GROUP_ID,
    title: 'Công an Phường 5',
    type: 'supergroup',
    members: [
      { userId: ALICE, status: 'creator' },
      { userId: BOB, status: 'member' },
    ],
  });
  const api = new Api(server.token, { apiRoot });
  return { server, api, apiRoot, url, groupId: GROUP_ID, alice: ALICE, bob: BOB };
}
