/** Where the ledger lives: `/policy/` (rates per quarter) and one page per quarter. */

export const POLICY_PATH = '/policy/';
export const POLICY_JSON_PATH = '/api/policy.json';

/** `/policy/2026-q4/` */
export function quarterPath(quarterId: string): string {
  return `${POLICY_PATH}${quarterId}/`;
}
