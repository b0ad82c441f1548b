/** POSTs one webhook body and turns the answer (or the lack of one) into an Outcome. */
import type { Outcome } from './retry.ts';
import { httpOutcome } from './retry.ts';

export async function postWebhook(url: string, body: string, headers: Record<string, string>, timeoutMs: number): Promise<Outcome> {
  try {
    const response = await fetch(url, { method: 'POST', body, headers, signal: AbortSignal.timeout(timeoutMs), redirect: 'error' });
    // Read the body so the connection is released; its content is not needed.
    await response.arrayBuffer().catch(() => undefined);
    return httpOutcome(response.status);
  } catch (error) {
    const e = error as Error & { cause?: { code?: string } };
    const reason = e.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : (e.cause?.code ?? e.message);
    return { ok: false, failure: 'transient', reason };
  }
}
