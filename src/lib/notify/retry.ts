/**
 * Delivery attempts. A transient failure (connection refused, timeout, HTTP
 * 5xx or 429, SMTP 4xx) is tried again after a growing pause, up to
 * `attempts` times in this run; a permanent one (other HTTP 4xx, SMTP 5xx)
 * is not tried again.
 */
export type Outcome = { ok: true } | { ok: false; failure: 'transient' | 'permanent'; reason: string };

export interface RetryPolicy {
  attempts: number;
  /** Pause before the second attempt; doubled before each further one. */
  backoffMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, backoffMs: 1000 };

export async function withRetries(
  attempt: () => Promise<Outcome>,
  policy: RetryPolicy,
  sleep: (ms: number) => Promise<void>,
  onRetry: (outcome: Outcome & { ok: false }, attemptNumber: number) => void = () => {},
): Promise<Outcome & { attempts: number }> {
  let last: Outcome = { ok: false, failure: 'transient', reason: 'not attempted' };
  for (let n = 1; n <= Math.max(1, policy.attempts); n++) {
    last = await attempt();
    if (last.ok || last.failure === 'permanent') return { ...last, attempts: n };
    if (n < policy.attempts) {
      onRetry(last, n);
      await sleep(policy.backoffMs * 2 ** (n - 1));
    }
  }
  return { ...last, attempts: Math.max(1, policy.attempts) };
}

/** HTTP status → outcome: 2xx delivered; 408, 429 and 5xx worth retrying; any other status will not change. */
export function httpOutcome(status: number): Outcome {
  if (status >= 200 && status < 300) return { ok: true };
  if (status === 408 || status === 429 || status >= 500) return { ok: false, failure: 'transient', reason: `HTTP ${status}` };
  return { ok: false, failure: 'permanent', reason: `HTTP ${status}` };
}

/** SMTP reply code → outcome: 4xx is "try again later", 5xx is final. */
export function smtpOutcome(code: number | undefined, message: string): Outcome {
  if (code !== undefined && code >= 500 && code < 600) return { ok: false, failure: 'permanent', reason: `SMTP ${code}: ${message}` };
  return { ok: false, failure: 'transient', reason: code === undefined ? message : `SMTP ${code}: ${message}` };
}
