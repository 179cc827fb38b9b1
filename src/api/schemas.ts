// JSON schemas of the API's records: they validate requests, shape responses and feed /api/openapi.json.
// Records keep `additionalProperties: true` so a field the store adds later still reaches the client.
import { CERTAINTY_PRECEDENCE, ITEMS, UNITS } from "../core/claim.js";
import { ERRORS } from "../core/errors.js";

const nullableString = { type: ["string", "null"] } as const;
const nullableNumber = { type: ["number", "null"] } as const;
const iso3 = { type: "string", pattern: "^[A-Za-z]{3}$", description: "ISO 3166-1 alpha-3 code of a state" } as const;
const day = { type: "string", pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?$", description: "YYYY, YYYY-MM or YYYY-MM-DD" } as const;

export const item = { type: "string", enum: [...ITEMS] } as const;
export const certainty = { type: "string", enum: [...CERTAINTY_PRECEDENCE] } as const;

export const quantity = {
  $id: "Quantity",
  type: "object",
  additionalProperties: true,
  properties: {
    value: nullableNumber, min: nullableNumber, max: nullableNumber,
    // Any string: a ledger may hold a unit this version does not list (written by another version, or a unit
    // table edited since); an answer must never fail on it. The units this version writes are listed.
    unit: { type: "string", description: `the unit; this version writes ${UNITS.join(", ")}` }, approx: { type: "boolean" },
  },
} as const;

export const source = {
  $id: "Source",
  type: "object",
  additionalProperties: true,
  properties: { speaker: nullableString, org: nullableString, country: nullableString },
} as const;

export const period = {
  $id: "Period",
  type: "object",
  additionalProperties: true,
  properties: { start: nullableString, end: nullableString },
} as const;

const span = { type: "object", additionalProperties: true, properties: { start: { type: "integer" }, end: { type: "integer" } } } as const;

export const report = {
  $id: "Report",
  type: "object",
  additionalProperties: true,
  properties: {
    doc: { type: "string" }, url: nullableString, outlet: nullableString, published: nullableString,
    claim: { type: "string" }, evidence: { type: "string" }, start: { type: "integer" }, end: { type: "integer" },
    relays: { type: "array", items: { type: "string" } },
  },
} as const;

export const statement = {
  $id: "Statement",
  type: "object",
  additionalProperties: true,
  properties: {
    id: { type: "string" }, kind: { type: "string" }, supplier: nullableString, recipient: nullableString,
    item: { type: "string" }, quantity: { anyOf: [{ $ref: "Quantity#" }, { type: "null" }] },
    period: { anyOf: [{ $ref: "Period#" }, { type: "null" }] }, cumulative: { type: "boolean" },
    measure: { anyOf: [{ type: "string", enum: ["stock", "increment", "rate", "plan"] }, { type: "null" }], description: "what the figure measures: stock (a running total to its day), increment (an amount over a window), rate (per day/month/year, or a share), plan (a plan, target or ceiling)" },
    stated: nullableString, certainty: { type: "string" }, source: { $ref: "Source#" },
    independent_sources: { type: "integer" }, reports: { type: "array", items: { $ref: "Report#" } },
  },
} as const;

export const claim = {
  $id: "Claim",
  type: "object",
  additionalProperties: true,
  properties: {
    id: { type: "string" }, doc: { type: "string" }, kind: { type: "string" }, supplier: nullableString,
    recipient: nullableString, item: { type: "string" }, quantity: { anyOf: [{ $ref: "Quantity#" }, { type: "null" }] },
    calibre: nullableString, period: { anyOf: [{ $ref: "Period#" }, { type: "null" }] }, cumulative: { type: "boolean" },
    certainty: { type: "string" }, source: { $ref: "Source#" }, relays: { type: "array", items: { type: "string" } },
    stated: nullableString,
    evidence: { type: "object", additionalProperties: true, properties: { start: { type: "integer" }, end: { type: "integer" }, text: { type: "string" } } },
    parts: { type: "object", additionalProperties: span },
    segment: { type: "integer" }, statement: { type: "string" },
  },
} as const;

export const flow = {
  $id: "Flow",
  type: "object",
  additionalProperties: true,
  properties: {
    supplier: { type: "string" }, recipient: { type: "string" }, item: { type: "string" },
    statements: { type: "integer" }, reports: { type: "integer" }, independent_sources: { type: "integer" },
    latest: {
      anyOf: [{ type: "null" }, {
        type: "object", additionalProperties: true,
        properties: { statement: { type: "string" }, quantity: { $ref: "Quantity#" }, stated: nullableString, source: { $ref: "Source#" }, measure: { type: "string", enum: ["stock", "increment"] } },
      }],
    },
    first_stated: nullableString, last_stated: nullableString,
    conflicts: {
      type: "array",
      description: "figures of one stated window that cannot be one figure",
      items: {
        type: "object", additionalProperties: true,
        properties: {
          stated: nullableString, unit: { type: "string" },
          figures: { type: "array", items: { type: "object", additionalProperties: true, properties: { statement: { type: "string" }, quantity: { $ref: "Quantity#" }, stated: nullableString, source: { $ref: "Source#" } } } },
        },
      },
    },
  },
} as const;

const diagnostic = {
  type: "object",
  additionalProperties: true,
  properties: { code: { type: "string" }, severity: { type: "string" }, message: { type: "string" }, stage: { type: "string" } },
} as const;

const documentMeta = {
  id: { type: "string" }, url: nullableString, outlet: nullableString, title: nullableString,
  author: nullableString, published: nullableString,
} as const;

/** A document in lists: its metadata, without the text. */
export const documentSummary = {
  $id: "DocumentSummary",
  type: "object",
  additionalProperties: false,
  properties: {
    ...documentMeta, key: { type: "string" }, version: { type: "integer" }, hash: { type: "string" },
    format: { type: "string" }, group: nullableString, ingested_at: { type: "string" },
    seen: { type: "boolean", description: "true: the page gave no claim and was recorded as seen only (no text kept)" },
  },
} as const;

/** One document for the reader: its clean text and the claims with their spans into that text. */
export const documentDetail = {
  $id: "DocumentDetail",
  type: "object",
  additionalProperties: false,
  properties: {
    ...documentSummary.properties, text: { type: "string" },
    diagnostics: { type: "array", items: diagnostic }, claims: { type: "array", items: { $ref: "Claim#" } },
  },
} as const;

export const sourceRecord = {
  $id: "SourceRecord",
  type: "object",
  additionalProperties: true,
  properties: {
    id: { type: "string" }, speaker: nullableString, org: nullableString, country: nullableString,
    kind: { type: "string" }, statements: { type: "integer" }, reports: { type: "integer" },
    grade: { type: ["string", "null"], description: "Admiralty grade: reliability A-F, credibility 1-6" },
    reasons: { type: "array", items: { type: "string" } },
  },
} as const;

export const errorResponse = {
  $id: "Error",
  type: "object",
  additionalProperties: false,
  required: ["error"],
  properties: {
    error: {
      type: "object", additionalProperties: false, required: ["code", "message"],
      properties: { code: { type: "string", enum: Object.keys(ERRORS) }, message: { type: "string" } },
    },
  },
} as const;

/** Every shared schema, added once to the app so routes can `$ref` them. */
export const sharedSchemas = [quantity, source, period, report, statement, claim, flow, documentSummary, documentDetail, sourceRecord, errorResponse];

export const params = { iso3, day };

/** The error responses a route can give, for its schema. */
export function errors(...statuses: number[]): Record<number, { $ref: string }> {
  return Object.fromEntries(statuses.map((s) => [s, { $ref: "Error#" }]));
}

export const page = {
  limit: { type: "integer", minimum: 1, maximum: 1000, default: 100 },
  // (A bound: `offset=1e20` passes "integer" but no database takes it; past the bound is 400, not 500. docs/limits.md.)
  offset: { type: "integer", minimum: 0, maximum: 1_000_000_000, default: 0 },
} as const;
