/**
 * The shapes of a traced URL: what the tracer asks of the HTTP client (injected through the command's Context, so
 * that tests can replace it), and the plain objects it returns. Nothing here prints.
 */
import type { Explanation } from '../domain/explain';

/** The exit code of a trace that got no final HTTP answer (documented in --help and the README). */
export const EXIT_NO_ANSWER = 3;

/** One request, as the tracer hands it to the HTTP client. */
export interface HopRequest {
  /** an http or https URL, without credentials (those travel as an Authorization header, and only where allowed) */
  url: URL;
  method: string;
  /** header lines in the order they are sent; a name may come more than once */
  headers: [name: string, value: string][];
  body?: Buffer;
  /** -k: do not verify the server's TLS certificate */
  insecure: boolean;
  /** the time left for this request, connection included */
  timeoutMs: number;
  /** the most bytes of response headers accepted */
  maxHeaderSize: number;
}

/** The head of one response: the body is never read beyond what the connection needs, and never kept. */
export interface HopResponse {
  status: number;
  /** the reason phrase as the server sent it (empty in HTTP/2, or when the server sends none) */
  reason: string;
  /** header lines as received, names as the server wrote them, values decoded as Node does (latin1) */
  headers: [name: string, value: string][];
}

/** Why a request got no answer. */
export type NetworkFailure = 'dns' | 'refused' | 'unreachable' | 'reset' | 'timeout' | 'tls' | 'headersTooLarge' | 'protocol' | 'network';

/** A request that got no HTTP answer; `detail` is the system's or the parser's error code ("ECONNREFUSED"). */
export class HttpFailure extends Error {
  constructor(
    readonly failure: NetworkFailure,
    readonly detail: string,
  ) {
    super(`${failure}: ${detail}`);
    this.name = 'HttpFailure';
  }
}

/** What the tracer needs from the network: one request, one response head, or an HttpFailure. */
export interface HttpClient {
  request(request: HopRequest): Promise<HopResponse>;
}

/** What the user asked for: curl's options, in curl's spelling on the command line. */
export interface TraceOptions {
  /** -X; GET by default, POST with -d */
  method?: string;
  /** -H, in the order given */
  headers: [name: string, value: string][];
  /** -d */
  data?: string;
  /** --max-redirs: redirects followed before giving up */
  maxRedirects: number;
  /** -m: the whole trace's time limit, in milliseconds */
  maxTimeMs: number;
  /** --no-follow: the first answer is the final one */
  follow: boolean;
  /** -k */
  insecure: boolean;
}

export type Severity = 'error' | 'warning' | 'info';

/** A finding as the rules produce it, before its texts are looked up. */
export interface RawFinding {
  key: string;
  /** the hop it is about, from 1 */
  hop: number;
  severity: Severity;
  /** placeholders of its texts: numbers, code reasons, header names and vendor names, never what a server wrote */
  params: Record<string, string | number>;
  /** the key of the texts to use when `key` has none of its own (a header without texts of its own) */
  textKey?: string;
}

/** A finding as `--json` prints it. */
export interface Finding {
  key: string;
  hop: number;
  severity: Severity;
  /** what was found, in one sentence */
  text: string;
  /** why it matters */
  why: string;
  /** how to fix it */
  fix: string;
}

/** One request and its answer, as `--json` prints it. URLs are given without credentials. */
export interface Hop {
  url: string;
  method: string;
  status: number;
  /** the reason phrase the server sent */
  reason: string;
  /** the registered reason phrase of the status, when the server sent another one (null otherwise, and for unregistered codes) */
  registeredReason: string | null;
  /** the Location header as sent (credentials removed), or null */
  location: string | null;
  /** the URL the redirect leads to, resolved against `url`, when it is followed or could be */
  next: string | null;
  /** the headers that matter for this status (from the knowledge base's facts), by their registered name */
  headers: Record<string, string>;
  timeMs: number;
}

/** Why a trace ended without a final answer, as `--json` prints it. */
export interface TraceError {
  code: NetworkFailure | 'loop' | 'tooManyRedirects' | 'invalidStatus';
  message: string;
  exitCode: number;
}

/** `httpexplain URL --json`. */
export interface Trace {
  /** the URL traced, without credentials */
  url: string;
  method: string;
  /** -k was given: certificates were not verified */
  insecure: boolean;
  hops: Hop[];
  /** the final answer explained, as `httpexplain CODE --json` prints it; null without one */
  final: Explanation | null;
  findings: Finding[];
  error: TraceError | null;
  /** proxy variables set in the environment, which Node's client does not use: the trace went direct */
  ignoredProxy: string | null;
  /** texts of this trace that the language lacks and that are given in English: their paths in this object */
  untranslated: string[];
  lang: string;
}
