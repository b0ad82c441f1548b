import type { NoticeData } from '../content/schema.ts';

export type NoticeState = 'scheduled' | 'active' | 'expired';

/** A notice is scheduled before `published`, active from then, expired from `expires` on (it then leaves the home page, not the feeds). */
export function noticeState(n: Pick<NoticeData, 'published' | 'expires'>, now: string): NoticeState {
  const t = Date.parse(now);
  if (t < Date.parse(n.published)) return 'scheduled';
  if (n.expires !== undefined && t >= Date.parse(n.expires)) return 'expired';
  return 'active';
}
