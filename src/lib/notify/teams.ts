/**
 * A Microsoft Teams message for a workflow ("When a Teams webhook request is
 * received") webhook: one Adaptive Card 1.4 attachment. The banner container's
 * style carries the colour; its text carries the word and icon.
 */
import { entryUrl } from './links.ts';
import type { MessageContext } from './message-context.ts';
import { TONE_STYLE, toneWord } from './tone.ts';

export function teamsMessage({ change, site }: MessageContext): Record<string, unknown> {
  const style = TONE_STYLE[change.tone];
  const body: Record<string, unknown>[] = [
    {
      type: 'Container',
      style: style.teamsStyle,
      bleed: true,
      items: [{ type: 'TextBlock', text: plain(`${style.icon} ${toneWord(change)}: ${change.state}`), weight: 'Bolder', wrap: true }],
    },
    { type: 'TextBlock', text: plain(change.entry.data.title), size: 'Medium', weight: 'Bolder', wrap: true },
    { type: 'TextBlock', text: plain(change.summary), wrap: true },
  ];
  for (const fact of change.facts) body.push({ type: 'TextBlock', text: plain(fact), wrap: true, isSubtle: true, spacing: 'Small' });
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body,
          actions: [{ type: 'Action.OpenUrl', title: `View on ${site.title}`, url: entryUrl(site, change) }],
        },
      },
    ],
  };
}

/**
 * TextBlocks render a Markdown subset, links included. A zero-width space
 * between `]` and `(` keeps text from content from turning into a link;
 * emphasis markers are harmless and stay as written.
 */
function plain(s: string): string {
  return s.replace(/\]\(/g, ']\u200B(');
}
