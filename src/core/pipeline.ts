import { ArmsDocument, type Stage } from "./document.js";

/** A named stage, so that a thrown error can say which stage broke on which document. */
export interface NamedStage {
  readonly name: string;
  readonly run: Stage;
}

/** The same stage, not run on a document for which `skip` says so (a page the prefilter spared, a page with no candidate). */
export function skipWhen(stage: NamedStage, skip: (doc: ArmsDocument) => boolean): NamedStage {
  return { name: stage.name, run: (doc) => (skip(doc) ? undefined : stage.run(doc)) };
}

export interface RunOptions {
  /** Milliseconds one document may take through all stages (default docBudgetMs()); 0 or Infinity: no budget. */
  readonly budgetMs?: number;
}

/** The time budget per document: ARMSFLOW_DOC_BUDGET_MS, else 120 s (docs/limits.md). */
export function docBudgetMs(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.ARMSFLOW_DOC_BUDGET_MS);
  return env.ARMSFLOW_DOC_BUDGET_MS !== undefined && Number.isFinite(n) && n > 0 ? n : 120_000;
}

/** Thrown by checkBudget() inside a stage whose document has run out of time; runStages turns it into a diagnostic. */
export class BudgetExceeded extends Error {
  constructor() {
    super("the document's time budget is spent");
    this.name = "BudgetExceeded";
  }
}

/** When the document being processed must be done (stages run one document at a time, synchronously). */
let deadline = Infinity;

/**
 * For long loops inside a stage (one pass per sentence, per claim): throws BudgetExceeded once the current
 * document is over its time budget, so that one hostile page cannot hold a batch for minutes. Cheap: one clock read.
 */
export function checkBudget(): void {
  if (deadline !== Infinity && performance.now() > deadline) throw new BudgetExceeded();
}

/**
 * Runs `fn` with a tighter time budget for every document it processes (an API request's budget, docs/limits.md):
 * `withBudget(10_000, () => processDocument(input))`.
 */
export function withBudget<T>(ms: number, fn: () => T): T {
  const outer = deadline;
  deadline = Math.min(outer, performance.now() + ms);
  try {
    return fn();
  } finally {
    deadline = outer;
  }
}

/**
 * Runs the stages in order on one document. A thrown error becomes a fatal diagnostic on that
 * document (never an exception out of here), and a fatal diagnostic stops the later stages.
 * Past its time budget (checked between stages, and inside the stages that call checkBudget) a document
 * fails with the named diagnostic `time-budget`: it is not stored half-read, and the batch goes on.
 */
export function runStages(doc: ArmsDocument, stages: readonly NamedStage[], options: RunOptions = {}): ArmsDocument {
  const budget = options.budgetMs ?? docBudgetMs();
  const started = performance.now();
  const outer = deadline;
  deadline = budget > 0 && Number.isFinite(budget) ? Math.min(outer, started + budget) : outer;
  // The budget that binds: a request's tighter one (withBudget) is named as such in the diagnostic.
  const binding = (deadline - started) < budget || !(budget > 0 && Number.isFinite(budget)) ? { ms: Math.max(0, deadline - started), request: true } : { ms: budget, request: false };
  try {
    for (const [i, stage] of stages.entries()) {
      if (doc.failed) break;
      if (i > 0 && performance.now() > deadline) {
        overBudget(doc, stage.name, started, binding, "before");
        break;
      }
      try {
        stage.run(doc);
      } catch (error) {
        if (error instanceof BudgetExceeded) {
          overBudget(doc, stage.name, started, binding, "in");
          break;
        }
        doc.report(stage.name, "stage-failed", `stage ${stage.name} failed: ${describe(error)}`, "fatal");
      }
    }
  } finally {
    deadline = outer;
  }
  return doc;
}

function overBudget(doc: ArmsDocument, stage: string, started: number, budget: { ms: number; request: boolean }, where: "in" | "before"): void {
  const took = ((performance.now() - started) / 1000).toFixed(1);
  const limit = budget.request ? `the request's time budget (${(budget.ms / 1000).toFixed(1)} s left when it began; docs/limits.md)` : `the budget of ${budget.ms / 1000} s per document (ARMSFLOW_DOC_BUDGET_MS; docs/limits.md)`;
  doc.report(stage, "time-budget", `not read: stopped ${where} stage ${stage} after ${took} s, over ${limit}`, "fatal");
}

function describe(error: unknown): string {
  // A stack overflow is a page the stage cannot take in one piece, not a crash: say so plainly.
  if (error instanceof RangeError && /call stack/i.test(error.message)) return "the page nests too deep for this stage (stack overflow)";
  return error instanceof Error ? error.message : String(error);
}
