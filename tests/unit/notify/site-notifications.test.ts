import { describe, expect, it } from 'vitest';
import { siteSchema } from '../../../src/lib/content/schema.ts';

const site = (notifications: unknown) => siteSchema.safeParse({ title: 'S', url: 'https://status.example.com', notifications });
const messages = (notifications: unknown) => {
  const r = site(notifications);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('site.yaml notifications', () => {
  it('accepts a sender with or without a name, and a mailto: or https unsubscribe', () => {
    expect(site({ from: 'status@example.com', unsubscribe: 'https://status.example.com/subscribe/' }).success).toBe(true);
    expect(site({ from: 'Contoso Status <status@example.com>', unsubscribe: 'mailto:u@example.com?subject=unsubscribe' }).success).toBe(true);
    expect(siteSchema.safeParse({ title: 'S', url: 'https://s.example' }).success).toBe(true);
  });

  it('refuses a sender that is not an address, an unsubscribe that is neither, and unknown keys', () => {
    expect(messages({ from: 'Contoso Status', unsubscribe: 'mailto:u@example.com' })).toEqual([
      'notifications.from: a sender address such as status@example.com or "Contoso Status <status@example.com>"',
    ]);
    expect(messages({ from: 's@example.com', unsubscribe: 'unsubscribe@example.com' })).toEqual([
      'notifications.unsubscribe: a mailto: address or an absolute http(s) URL, e.g. mailto:status-unsubscribe@example.com',
    ]);
    // The validation pass turns this issue into "found an unknown key, expected one of: from, unsubscribe".
    const unknown = site({ from: 's@example.com', unsubscribe: 'mailto:u@example.com', reply_to: 'x@example.com' });
    expect(unknown.success ? [] : unknown.error.issues.map((i) => [i.code, i.path, (i as { keys?: string[] }).keys])).toEqual([['unrecognized_keys', ['notifications'], ['reply_to']]]);
  });
});
