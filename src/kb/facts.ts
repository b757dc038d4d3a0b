/**
 * The behaviour facts of a status code, declared once. From this declaration come: the JSON Schema of the facts
 * (data/schema/facts.schema.json, written by `npm run format-data`), their TypeScript types (below), the order of
 * the fields in `--json`, the rows of a comparison's table and of `httpexplain`'s Facts block, and the keys of their
 * labels and sentences in each language:
 *
 *   labels.FACT                      the row's label
 *   values.FACT.VALUE                how a value is shown (booleans: true/false)
 *   differences.FACT.VALUE           the clause of a key difference, with plural forms
 *   compare.questions.FACT           (ranked facts) the question it answers, when it is what decides between codes
 *
 * Adding a fact: declare it here, give it a value in every code of data/, and write those messages in each language.
 */

/** How a fact's values look; each kind knows its schema, and src/domain/dimensions.ts how to show and contrast it. */
export type FactKind =
  | { kind: 'boolean' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'redirect'; methods: readonly string[] }
  | { kind: 'responseHeaders'; requirements: readonly string[] }
  | { kind: 'requestHeaders' }
  | { kind: 'codes' }
  | { kind: 'sources' };

export interface FactDeclaration {
  /** What the fact means, for the schema and data/README.md. */
  description: string;
  /**
   * Rank among key differences, lowest first: the fact that most often decides between two codes comes first.
   * Absent for facts that are not compared (related codes, sources).
   */
  rank?: number;
  /** a value so usual that httpexplain's Facts block leaves it out */
  usually?: boolean | string;
}

export const FACTS = {
  redirect: {
    kind: 'redirect',
    methods: ['kept', 'post-may-become-get', 'becomes-get'],
    rank: 10,
    description:
      'null when the client is not sent elsewhere automatically; else {permanent, method}, method being kept (307, 308), post-may-become-get (301, 302: user agents may change POST to GET for historical reasons) or becomes-get (303)',
  },
  retry: {
    kind: 'enum',
    values: ['none', 'follow', 'after-fix', 'after-auth', 'after-delay', 'idempotent', 'yes', 'never'],
    rank: 20,
    description:
      'what a client may do next: none (nothing to retry), follow (request the new location), after-fix (change the request first), after-auth (send credentials), after-delay (wait, honouring Retry-After when sent), idempotent (repeat only a request that is safe to repeat), yes (repeat as is), never (the resource is gone for good)',
  },
  fault: {
    kind: 'enum',
    values: ['none', 'client', 'server', 'upstream'],
    rank: 30,
    description: 'which side is at fault: none, client, server, upstream (a server behind a gateway or proxy)',
  },
  cacheableByDefault: {
    kind: 'boolean',
    rank: 40,
    description:
      'heuristically cacheable without explicit freshness information (RFC 9110 section 15.1: 200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501; RFC 7725 section 3: 451)',
  },
  responseHeaders: {
    kind: 'responseHeaders',
    requirements: ['must', 'should', 'may'],
    rank: 50,
    description:
      'header fields the response carries with this code, each with what the spec asks of it: must, should, or may (optional, or required only in some cases)',
  },
  requestHeaders: {
    kind: 'requestHeaders',
    rank: 60,
    description: 'header fields of the request that this code answers (If-Match for 412, Expect for 100 and 417)',
  },
  bodyAllowed: {
    kind: 'boolean',
    rank: 70,
    description: 'whether the response may carry content (false for 1xx, 204, 205, 304)',
  },
  reachesClient: {
    kind: 'boolean',
    rank: 80,
    usually: true,
    description: 'false for codes that a server writes only in its own logs (nginx 499): the client never receives them',
  },
  related: { kind: 'codes', description: 'codes worth reading next' },
  sources: { kind: 'sources', description: 'where these facts come from (spec sections, vendor documentation)' },
} as const satisfies Record<string, FactKind & FactDeclaration>;

export type FactKey = keyof typeof FACTS;
export const FACT_KEYS = Object.keys(FACTS) as FactKey[];

/**
 * The facts a comparison can draw as the rows or columns of a grid (data/comparisons/KEY.json, `grid`): those with a
 * few named values. A redirect gives two: its permanence (`redirect`) and its method (`redirectMethod`).
 */
export const GRID_AXES: readonly string[] = FACT_KEYS.flatMap((key) => {
  const fact: FactKind = FACTS[key];
  if (fact.kind === 'redirect') return ['redirect', 'redirectMethod'];
  return fact.kind === 'enum' || fact.kind === 'boolean' ? [key] : [];
});

type ValueOf<D> = D extends { kind: 'boolean' }
  ? boolean
  : D extends { kind: 'enum'; values: readonly (infer V)[] }
    ? V
    : D extends { kind: 'redirect'; methods: readonly (infer M)[] }
      ? { permanent: boolean; method: M } | null
      : D extends { kind: 'responseHeaders'; requirements: readonly (infer R)[] }
        ? { name: string; requirement: R }[]
        : D extends { kind: 'requestHeaders' }
          ? string[]
          : D extends { kind: 'codes' }
            ? number[]
            : string[];

/** The behaviour facts of a registered code or a vendor meaning, as data/ holds them. */
export type Behaviour = { [K in FactKey]: ValueOf<(typeof FACTS)[K]> };

export type Retry = Behaviour['retry'];
export type Fault = Behaviour['fault'];
export type RedirectMethod = NonNullable<Behaviour['redirect']>['method'];
export type HeaderRequirement = Behaviour['responseHeaders'][number]['requirement'];

const HEADER_NAME = { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9-]*$' };

function schemaOf(fact: FactKind & FactDeclaration): Record<string, unknown> {
  const { description } = fact;
  switch (fact.kind) {
    case 'boolean':
      return { description, type: 'boolean' };
    case 'enum':
      return { description, enum: [...fact.values] };
    case 'redirect':
      return {
        description,
        oneOf: [
          { type: 'null' },
          {
            type: 'object',
            additionalProperties: false,
            required: ['permanent', 'method'],
            properties: { permanent: { type: 'boolean' }, method: { enum: [...fact.methods] } },
          },
        ],
      };
    case 'responseHeaders':
      return {
        description,
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'requirement'],
          properties: { name: HEADER_NAME, requirement: { enum: [...fact.requirements] } },
        },
      };
    case 'requestHeaders':
      return { description, type: 'array', items: HEADER_NAME, uniqueItems: true };
    case 'codes':
      return { description, type: 'array', items: { $ref: '#/definitions/code' }, uniqueItems: true };
    case 'sources':
      return { description, $ref: '#/definitions/sources' };
  }
}

/** data/schema/facts.schema.json: the definitions every other schema refers to, with `behaviour` made from FACTS. */
export function factsSchema(): Record<string, unknown> {
  const facts = Object.entries(FACTS) as [FactKey, FactKind & FactDeclaration][];
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://httpdiff.dev/schema/facts.schema.json',
    title: 'Facts shared by every meaning of a status code (generated from src/kb/facts.ts: do not edit)',
    definitions: {
      code: { type: 'integer', minimum: 100, maximum: 599 },
      url: { type: 'string', pattern: '^https://' },
      sources: { type: 'array', minItems: 1, items: { $ref: '#/definitions/url' }, uniqueItems: true },
      spec: {
        type: 'object',
        additionalProperties: false,
        required: ['document', 'section', 'url'],
        properties: {
          document: {
            type: 'string',
            pattern: '^(RFC [0-9]+|draft-[a-z0-9-]+-[0-9]{2})$',
            description: 'an RFC ("RFC 9110"), or the Internet-Draft a temporary registration points to, with its version',
          },
          section: { type: 'string', pattern: '^[0-9]+(\\.[0-9]+)*$' },
          url: { $ref: '#/definitions/url' },
        },
      },
      behaviour: {
        type: 'object',
        required: facts.map(([key]) => key),
        properties: Object.fromEntries(facts.map(([key, fact]) => [key, schemaOf(fact)])),
      },
      registration: withBehaviour('a code of the IANA registry (data/codes/Nxx.json)', ['reason', 'status', 'spec', 'aliases'], {
        reason: { type: 'string', minLength: 1 },
        status: { enum: ['active', 'deprecated', 'obsolete', 'unused', 'temporary'] },
        spec: { $ref: '#/definitions/spec' },
        aliases: {
          description: "other names the code goes by, never registered by IANA: an older RFC's, a draft's, a joke RFC's",
          type: 'array',
          items: { type: 'string', minLength: 1 },
          uniqueItems: true,
        },
        formerReasons: {
          description: 'the reason phrases IANA registered for the code before its current one',
          type: 'array',
          items: { type: 'string', minLength: 1 },
          uniqueItems: true,
        },
      }),
      vendorMeaning: withBehaviour('a meaning a vendor gives a code (data/vendors.json)', ['id', 'reason'], {
        id: { type: 'string', pattern: '^[a-z0-9-]+$' },
        reason: { type: 'string', minLength: 1 },
      }),
    },
  };
}

/** An object of `ownFields` and every behaviour fact, nothing else (draft-07 has no unevaluatedProperties). */
function withBehaviour(description: string, required: string[], ownFields: Record<string, unknown>) {
  return {
    description,
    allOf: [
      { $ref: '#/definitions/behaviour' },
      {
        type: 'object',
        additionalProperties: false,
        required,
        properties: { ...ownFields, ...Object.fromEntries(FACT_KEYS.map((key) => [key, true])) },
      },
    ],
  };
}
