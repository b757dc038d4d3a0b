/** Exit codes, documented in `--help` and the README. */
export const EXIT = { ok: 0, notFound: 1, usage: 2, internal: 70, output: 74 } as const;

/**
 * An expected error: the user asked for something we cannot give. It carries a message key (looked up in the
 * user's language by the CLI) and its parameters, so that the domain never formats text for the terminal.
 *
 * It is an answer, not a failure of the program, so it carries no stack trace: capturing one costs more than
 * answering a query, which a batch of lines that name no code would pay at every line.
 */
/** What an error message says: a value, or a list of them (codes, choices), enumerated in the reader's language. */
export type ErrorParams = Record<string, string | number | readonly (string | number)[]>;

export class ExpectedError extends Error {
  readonly key: string;
  readonly params: ErrorParams;
  readonly exitCode: number;

  constructor(key: string, params: ErrorParams, exitCode: number) {
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    // The key alone: the library gives the error a readable message (src/index.ts), the CLI prints its own.
    super(key);
    Error.stackTraceLimit = stackTraceLimit;
    this.name = new.target.name;
    this.key = key;
    this.params = params;
    this.exitCode = exitCode;
  }
}

export class UsageError extends ExpectedError {
  constructor(key: string, params: ErrorParams = {}) {
    super(key, params, EXIT.usage);
  }
}

export class NotFoundError extends ExpectedError {
  constructor(key: string, params: ErrorParams = {}) {
    super(key, params, EXIT.notFound);
  }
}
