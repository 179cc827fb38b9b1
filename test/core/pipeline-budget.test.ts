// The per-document time budget: a document that takes too long ends in the named diagnostic
// `time-budget`, the later stages do not run, and the next document of the batch is read as usual.
// No timing is asserted: the budgets are tiny and the stages spin until the budget says stop.
import { describe, expect, it } from "vitest";
import { ArmsDocument } from "../../src/core/document.js";
import { checkBudget, docBudgetMs, runStages, withBudget, type NamedStage } from "../../src/core/pipeline.js";
import { processDocument } from "../../src/pipeline.js";

const doc = (id: string) => new ArmsDocument(`${id}.txt`, new TextEncoder().encode("text"), { id });

/** A stage that never ends on its own but asks the budget at each turn (as long loops in stages do). */
const spinning: NamedStage = {
  name: "spin",
  run: () => {
    for (let i = 0; i < 1e12; i++) checkBudget();
  },
};
/** A stage that takes long without asking: caught between stages. */
const slow = (ms: number): NamedStage => ({
  name: "slow",
  run: () => {
    const until = performance.now() + ms;
    while (performance.now() < until);
  },
});
const marker = (ran: string[]): NamedStage => ({ name: "after", run: (d) => void ran.push(d.meta.id) });

describe("the time budget per document", () => {
  it("stops a stage that asks the budget, with a fatal time-budget diagnostic naming the stage", () => {
    const ran: string[] = [];
    const d = runStages(doc("a"), [spinning, marker(ran)], { budgetMs: 5 });
    expect(d.failed).toBe(true);
    const fatal = d.diagnostics.filter((x) => x.severity === "fatal");
    expect(fatal.map((x) => [x.code, x.stage])).toEqual([["time-budget", "spin"]]);
    expect(fatal[0].message).toMatch(/^a\.txt: .*budget/);
    expect(ran).toEqual([]);
  });

  it("stops between stages a stage that does not ask", () => {
    const ran: string[] = [];
    const d = runStages(doc("b"), [slow(20), marker(ran)], { budgetMs: 5 });
    expect(d.diagnostics.map((x) => [x.code, x.stage])).toEqual([["time-budget", "after"]]);
    expect(ran).toEqual([]);
  });

  it("the batch goes on: the next document has its own budget and is read in full", () => {
    const ran: string[] = [];
    const stages = [spinning, marker(ran)];
    const first = runStages(doc("c"), stages, { budgetMs: 5 });
    const second = runStages(doc("d"), [marker(ran)], { budgetMs: 5 });
    expect(first.failed).toBe(true);
    expect(second.failed).toBe(false);
    expect(ran).toEqual(["d"]);
    // Outside runStages no budget is left in force.
    expect(() => checkBudget()).not.toThrow();
  });

  it("withBudget tightens the budget of what runs inside it (an API request)", () => {
    const d = withBudget(5, () => runStages(doc("e"), [spinning], { budgetMs: 60_000 }));
    expect(d.diagnostics.map((x) => x.code)).toEqual(["time-budget"]);
    // The diagnostic names the budget that bound, the request's, not the 60 s one per document.
    expect(d.diagnostics[0].message).toMatch(/request's time budget/);
    expect(d.diagnostics[0].message).not.toMatch(/60 s/);
    expect(() => checkBudget()).not.toThrow();
  });

  it("a stage that overflows the stack fails its document with a plain reason, not a crash", () => {
    const deep: NamedStage = { name: "deep", run: () => { const f = (n: number): number => f(n + 1) + 1; f(0); } };
    const d = runStages(doc("f"), [deep]);
    expect(d.diagnostics.map((x) => [x.code, x.stage])).toEqual([["stage-failed", "deep"]]);
    expect(d.diagnostics[0].message).toMatch(/stack overflow/);
  });

  it("the budget is read from ARMSFLOW_DOC_BUDGET_MS, else 120 s", () => {
    expect(docBudgetMs({})).toBe(120_000);
    expect(docBudgetMs({ ARMSFLOW_DOC_BUDGET_MS: "2500" })).toBe(2500);
    expect(docBudgetMs({ ARMSFLOW_DOC_BUDGET_MS: "nonsense" })).toBe(120_000);
  });

  it("the whole pipeline on a long page under a tiny budget ends in time-budget, not in claims half made", () => {
    const text = Array.from({ length: 3000 }, (_, i) => `North Korea shipped ${1000 + i} containers of shells to Russia in March, the ministry said.`).join("\n");
    const d = withBudget(1, () => processDocument({ path: "long.txt", bytes: Buffer.from(text), meta: { id: "long", published: "2024-06-01" } }));
    expect(d.failed).toBe(true);
    expect(d.diagnostics.some((x) => x.code === "time-budget" && x.severity === "fatal")).toBe(true);
  });
});
