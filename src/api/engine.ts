// The engine parts the API calls: the pipeline (src/pipeline.ts) and the estimates (src/estimate/).
// They are loaded by name at start so that the server still serves the ledger where a part is missing
// (a partial checkout, a build without the estimate models): the missing part answers null.
import type { ArmsDocument, DocumentMeta } from "../core/document.js";
import type { SourceRecord, Statement } from "../core/ledger.js";

export interface ProcessInput {
  readonly path: string;
  readonly bytes: Uint8Array;
  readonly meta?: Partial<DocumentMeta> & { id?: string };
}

/** What the estimate models say of one source; the API passes it through. */
export interface SourceGrade {
  readonly speaker: string | null;
  readonly org: string | null;
  readonly country: string | null;
  readonly grade: string | null;
  readonly reasons: readonly string[];
}

export interface Engine {
  process(input: ProcessInput): ArmsDocument | Promise<ArmsDocument>;
  /** The estimate curve of a flow, null where no model applies. */
  flowCurve(statements: readonly Statement[]): unknown;
  /** What moves each way between two states, null where no model applies. */
  balance(forward: readonly Statement[], reverse: readonly Statement[]): unknown;
  /** How likely the flow happened, in words and a band. */
  likelihood(statements: readonly Statement[]): unknown;
  gradeSources(statements: readonly Statement[], records: readonly SourceRecord[]): readonly SourceGrade[];
}

type Module = Record<string, unknown>;

async function optional(specifier: string): Promise<Module> {
  try {
    return (await import(specifier)) as Module;
  } catch (error) {
    // Only a missing module is tolerated; a module that fails while loading is a bug to see.
    if ((error as { code?: string }).code === "ERR_MODULE_NOT_FOUND") return {};
    throw error;
  }
}

function fn<T>(mods: readonly Module[], name: string): T | null {
  for (const mod of mods) if (typeof mod[name] === "function") return mod[name] as T;
  return null;
}

// Written by other parts of the project; named in variables so the server builds and serves the
// ledger where one is missing.
const PIPELINE = ["../pipeline.js"];
const ESTIMATE = [
  "../estimate/index.js", "../estimate/estimate-flow-curve.js", "../estimate/estimate-flow.js", "../estimate/estimate-balance.js",
  "../estimate/grade-sources.js", "../estimate/likelihood.js",
];

/** Loads the engine; `overrides` replace parts (tests, or a server built around another pipeline). */
export async function loadEngine(overrides: Partial<Engine> = {}): Promise<Engine> {
  const pipeline = await Promise.all(PIPELINE.map(optional));
  const estimate = await Promise.all(ESTIMATE.map(optional));
  const processDocument = fn<(input: ProcessInput) => ArmsDocument | Promise<ArmsDocument>>(pipeline, "processDocument");
  const curve = fn<(s: readonly Statement[]) => unknown>(estimate, "estimateFlowCurve");
  const balance = fn<(f: readonly Statement[], r: readonly Statement[]) => unknown>(estimate, "estimateBalance");
  const likely = fn<(s: readonly Statement[]) => unknown>(estimate, "flowLikelihood");
  type Graded = { speaker: string | null; org: string | null; country: string | null; grade: string; reliabilityReasons?: readonly string[]; credibilityReasons?: readonly string[]; reasons?: readonly string[] };
  const grade = fn<(s: readonly Statement[], r: readonly SourceRecord[]) => readonly Graded[]>(estimate, "gradeSources");
  return {
    process: overrides.process ?? ((input) => {
      if (!processDocument) throw new Error("the pipeline (src/pipeline.ts) is not built");
      return processDocument(input);
    }),
    flowCurve: overrides.flowCurve ?? ((s) => (curve && s.length ? curve(s) : null)),
    balance: overrides.balance ?? ((f, r) => (balance ? balance(f, r) : null)),
    likelihood: overrides.likelihood ?? ((s) => (likely ? likely(s) : null)),
    gradeSources: overrides.gradeSources ?? ((s, r) => (grade ? grade(s, r) : []).map((g) => ({
      speaker: g.speaker, org: g.org, country: g.country, grade: g.grade,
      reasons: [...(g.reliabilityReasons ?? []), ...(g.credibilityReasons ?? []), ...(g.reasons ?? [])],
    }))),
  };
}
