import type { SandboxServer } from './server.ts';

export interface SeedMember {
  name: string;
  username?: string;
}

export interface SandboxSeedSpec {
  steering: { title: string; members: SeedMember[] };
  /** `platform: 'zalo'`: the unit's group is on Zalo (the bot reads there only what mentions it) */
  units: { code: string; title: string; members: SeedMember[]; platform?: 'zalo' }[];
}

export interface SeedOptions {
  /** Default true: the bot is already in every group. False: people add it from the page. */
  botInGroups?: boolean;
}

export interface SeededChats {
  steeringChatId: number;
  /** The first steering member: the secretariat (thường trực BCĐ). */
  secretariatUserId: number;
  unitChatIds: Record<string, number>;
  /** Every seeded person by display name (names are unique within the seed). */
  userIdsByName: Record<string, number>;
}

/** Fixed ids so a host, a test or a person reading the page can rely on them. */
export const SECRETARIAT_USER_ID = 100_001;
export const STEERING_CHAT_ID = -1_001_000_000_001;
const FIRST_UNIT_CHAT_ID = -1_001_000_000_101;

/**
 * Creates the steering group and one group per unit, each with its named members. The first
 * member of each group is its creator; a person named in several groups is one user.
 */
export function seedSandboxChats(server: SandboxServer, spec: SandboxSeedSpec, options: SeedOptions = {}): SeededChats {
  const botIsMember = options.botInGroups ?? true;
  const userIdsByName: Record<string, number> = {};
  let nextUserId = SECRETARIAT_USER_ID;
  const userFor = (member: SeedMember): number => {
    const existing = userIdsByName[member.name];
    if (existing !== undefined) return existing;
    while (server.state.users.has(nextUserId)) nextUserId += 1;
    const user = server.createUser({
      id: nextUserId,
      first_name: member.name.trim() || 'Người dùng',
      ...(member.username ? { username: member.username } : {}),
    });
    userIdsByName[member.name] = user.id;
    return user.id;
  };
  const membersOf = (members: SeedMember[]) =>
    members.map((member, index) => ({ userId: userFor(member), status: index === 0 ? ('creator' as const) : ('member' as const) }));

  const steeringMembers = membersOf(spec.steering.members);
  const secretariat = steeringMembers[0];
  if (!secretariat) throw new Error('the steering group needs at least one member (the secretariat)');
  server.createChat({ id: STEERING_CHAT_ID, title: spec.steering.title, type: 'supergroup', members: steeringMembers, botIsMember });
  const unitChatIds: Record<string, number> = {};
  spec.units.forEach((unit, index) => {
    const id = FIRST_UNIT_CHAT_ID - index;
    const onZalo = unit.platform === 'zalo';
    server.createChat({
      id,
      title: unit.title,
      type: onZalo ? 'group' : 'supergroup',
      members: membersOf(unit.members),
      botIsMember,
      ...(onZalo ? { platform: 'zalo' as const } : {}),
    });
    unitChatIds[unit.code] = id;
  });
  return { steeringChatId: STEERING_CHAT_ID, secretariatUserId: secretariat.userId, unitChatIds, userIdsByName };
}
