// The engine parts the API calls: the pipeline (src/pipeline.ts) and the estimate models (src/estimate/).
import type { ArmsDocument, DocumentMeta } from "../core/document.js";
import { estimateBalance, estimateFlowCurves, flowLikelihood, gradeSources } from "../estimate/index.js";
import type { GradedStatement } from "../estimate/grade-sources.js";
import { pipelineStages, processDocument } from "../pipeline.js";
import { withBudget } from "../core/pipeline.js";
import type { InputFile } from "../ingest/read-files.js";
import { WorkerPool } from "../work/extract-pool.js";

/** The time one report posted to the API may take to read: ARMSFLOW_REQUEST_BUDGET_MS, else 10 s (docs/limits.md). */
export function requestBudgetMs(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.ARMSFLOW_REQUEST_BUDGET_MS);
  return env.ARMSFLOW_REQUEST_BUDGET_MS !== undefined && Number.isFinite(n) && n > 0 ? n : 10_000;
}
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
  /** The estimate curves of a flow, one per unit its figures use. */
  flowCurves(statements: readonly Statement[]): unknown;
  /** What moves each way between two states. */
  balance(forward: readonly Statement[], reverse: readonly Statement[]): unknown;
  /** How likely the flow happened, in words and a band. */
  likelihood(statements: readonly Statement[]): unknown;
  /** Grades sources over statements, or tallies of alike statements (Store.tallyStatements). */
  gradeSources(statements: readonly GradedStatement[], records: readonly SourceRecord[]): readonly SourceGrade[];
  /** Ends what the engine started (its reading threads). */
  close?(): Promise<void>;
}

export interface EngineOptions {
  /**
   * Threads that read posted reports, off the event loop, so that one long report never stalls the other
   * requests (`armsflow serve` uses 1). 0, the default: reports are read on the server's own thread.
   */
  readonly readThreads?: number;
}

/** Loads the engine; `overrides` replace parts (a server built around another pipeline). */
export async function loadEngine(overrides: Partial<Engine> = {}, options: EngineOptions = {}): Promise<Engine> {
  const threads = overrides.process ? 0 : Math.max(0, Math.floor(options.readThreads ?? 0));
  const stages = overrides.process || threads > 0 ? [] : pipelineStages(); // built once, reused for every report
  // The threads start with the first report posted, not with the server: a read-only dashboard never pays for them.
  let pool: WorkerPool | null = null;
  const inThread = (input: ProcessInput) => withBudget(requestBudgetMs(), () => processDocument(input, stages));
  const onThreads = (input: ProcessInput) => (pool ??= new WorkerPool(threads)).run(input as InputFile, requestBudgetMs());
  return {
    // One request may not hold the event loop for long: past its budget the report fails `time-budget` (422), and
    // with reading threads the server answers other requests meanwhile.
    process: overrides.process ?? (threads > 0 ? onThreads : inThread),
    close: async () => {
      await pool?.close();
      pool = null;
    },
    flowCurves: overrides.flowCurves ?? ((s) => estimateFlowCurves(s)),
    balance: overrides.balance ?? ((f, r) => estimateBalance(f, r)),
    likelihood: overrides.likelihood ?? ((s) => flowLikelihood(s)),
    gradeSources: overrides.gradeSources ?? ((s, r) => gradeSources(s, r).map((g) => ({
      speaker: g.speaker, org: g.org, country: g.country, grade: g.grade,
      reasons: [...g.reliabilityReasons, ...g.credibilityReasons],
    }))),
  };
}
