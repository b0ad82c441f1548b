import { FEED_MAX_BYTES } from './items.ts';

/**
 * Renders a feed with as many of its (newest-first) items as fit in
 * `maxBytes`. Items are already bounded, so this only bites with unusually
 * long texts; then the oldest items are left out, never cut in half.
 */
export async function fitFeed<T>(items: readonly T[], render: (items: readonly T[]) => string | Promise<string>, maxBytes = FEED_MAX_BYTES): Promise<string> {
  let count = items.length;
  let text = await render(items);
  let size = Buffer.byteLength(text);
  while (size > maxBytes && count > 0) {
    count = Math.min(count - 1, Math.floor((count * maxBytes) / size));
    text = await render(items.slice(0, count));
    size = Buffer.byteLength(text);
  }
  return text;
}
