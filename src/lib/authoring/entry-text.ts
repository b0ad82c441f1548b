/**
 * An entry file split into its front matter YAML and its Markdown body, so an
 * edit touches only what it changes. A byte-order mark and CRLF line ends
 * survive the round trip.
 */
import { AuthoringError } from './errors.ts';

export interface EntryText {
  bom: boolean;
  crlf: boolean;
  /** The opening `---` line with its newline. */
  open: string;
  /** The front matter, every line ending in a newline. */
  yaml: string;
  /** The closing `---` line with its newline, if any. */
  close: string;
  body: string;
}

export function splitEntryText(raw: string): EntryText {
  const bom = raw.charCodeAt(0) === 0xfeff;
  const crlf = /\r\n/.test(raw);
  const text = (bom ? raw.slice(1) : raw).replace(/\r\n?/g, '\n');
  const open = /^---[ \t]*\n/.exec(text);
  if (!open) throw new AuthoringError('found no front matter, expected the file to start with a --- line');
  const rest = text.slice(open[0].length - 1);
  const close = /\n(---[ \t]*(?:\n|$))/.exec(rest);
  if (!close) throw new AuthoringError('found front matter that never ends, expected a closing --- line');
  const yamlEnd = open[0].length + close.index;
  return {
    bom,
    crlf,
    open: open[0],
    yaml: text.slice(open[0].length, yamlEnd),
    close: close[1]!,
    body: text.slice(yamlEnd + close[1]!.length),
  };
}

export function joinEntryText(entry: EntryText): string {
  const text = entry.open + entry.yaml + entry.close + entry.body;
  return (entry.bom ? '\ufeff' : '') + (entry.crlf ? text.replace(/\n/g, '\r\n') : text);
}
