/** Exit codes, documented in `--help` and the README. */
export const EXIT = { ok: 0, notFound: 1, usage: 2, internal: 70, output: 74 } as const;

/**
 * An expected error: the user asked for something we cannot give. It carries a message key (looked up in the
 * user's language by the CLI) and its parameters, so that the domain never formats text for the terminal.
 */
export class ExpectedError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string | number>,
    readonly exitCode: number,
  ) {
    super(`${key} ${JSON.stringify(params)}`);
    this.name = new.target.name;
  }
}

export class UsageError extends ExpectedError {
  constructor(key: string, params: Record<string, string | number> = {}) {
    super(key, params, EXIT.usage);
  }
}

export class NotFoundError extends ExpectedError {
  constructor(key: string, params: Record<string, string | number> = {}) {
    super(key, params, EXIT.notFound);
  }
}
