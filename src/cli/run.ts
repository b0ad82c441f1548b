/**
 * Runs a CLI body and turns every expected failure into a one-line message
 * and exit code 2 (bad usage) instead of a stack trace.
 */
export class UsageError extends Error {}

export function runCli(main: () => number | Promise<number>): void {
  Promise.resolve()
    .then(main)
    .then(
      (code) => {
        process.exitCode = code;
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        console.error(`error: ${message}`);
        process.exitCode = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? 2 : 1;
      },
    );
}
