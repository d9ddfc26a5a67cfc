/**
 * The code the drafter gives a collective it cannot name unit by unit ("các đơn vị có liên quan" →
 * NHOM_DON_VI_CO_LIEN_QUAN). It is a placeholder for the secretariat to replace, never a unit.
 */
export const DRAFTED_GROUP_PREFIX = 'NHOM_';

export const isDraftedGroupCode = (code: string): boolean => code.startsWith(DRAFTED_GROUP_PREFIX);
