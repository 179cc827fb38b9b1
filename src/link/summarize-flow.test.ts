import { expect, it } from "vitest";
import type { Quantity } from "../core/claim.js";
import { summarizeFlow, type FlowStatement } from "./summarize-flow.js";

const q = (value: number): Quantity => ({ value, min: null, max: null, unit: "containers", approx: false });
const st = (id: string, stated: string, value: number | null, p: Partial<FlowStatement> = {}): FlowStatement => ({
  id, supplier: "PRK", recipient: "RUS", item: "artillery-ammunition", quantity: value === null ? null : q(value), cumulative: true, stated,
  period: null, certainty: "asserted", reports: 2, source: { speaker: "Kang Min-jun", org: null, country: "KOR" }, source_key: "person:kang min jun",
  media: false, carriers: [], ...p,
});

it("takes the latest running total as the best figure, never the sum of totals", () => {
  const f = summarizeFlow([st("b", "2024-02-01", 5000), st("a", "2023-12-01", 3000), st("c", "2024-03-01", 1200, { cumulative: false })], 6);
  expect(f.latest?.quantity.value).toBe(5000);
  expect([f.first_stated, f.last_stated]).toEqual(["2023-12-01", "2024-03-01"]);
  expect(f.statements).toBe(3);
});

it("sets figures of one window from different sources side by side as a conflict", () => {
  const seoul = st("s", "2024-02-26", 6700);
  const kyiv = st("k", "2024-02-27", 4000, { source: { speaker: null, org: "Ukrainian intelligence", country: "UKR" }, source_key: "org:ukrainian intelligence" });
  const f = summarizeFlow([seoul, kyiv], 4);
  expect(f.conflicts).toHaveLength(1);
  expect(f.conflicts[0].figures.map((x) => x.quantity.value)).toEqual([6700, 4000]);
  expect(f.independent_sources).toBe(2);
});

it("sees no conflict between bounds that can both hold", () => {
  const a = st("a", "2024-02-26", null, { quantity: { value: null, min: 3e6, max: null, unit: "rounds", approx: false } });
  const b = st("b", "2024-02-26", null, { quantity: { value: null, min: 2e6, max: null, unit: "rounds", approx: false }, source_key: "org:us media" });
  expect(summarizeFlow([a, b], 2).conflicts).toHaveLength(0);
});

it("the latest figure is the latest running total by the day it holds at, never a rate, a plan or an earlier total", () => {
  const rounds = (value: number): Quantity => ({ value, min: null, max: null, unit: "rounds", approx: true });
  const f = summarizeFlow([
    st("early", "2024-07-25", null, { quantity: rounds(5_200_000), measure: "stock" }),
    st("later", "2025-05-29", null, { quantity: rounds(9_000_000), measure: "stock", cumulative: false }),
    st("rate", "2025-06-10", null, { quantity: rounds(6_000), measure: "rate", cumulative: false }),
    st("plan", "2025-07-15", null, { quantity: rounds(12_000_000), measure: "plan", cumulative: false }),
    st("inc", "2025-07-20", null, { quantity: rounds(100_000), measure: "increment", cumulative: false, period: { start: "2025-06", end: "2025-06" } }),
  ], 5);
  expect(f.latest?.statement).toBe("later");
  expect(f.latest?.measure).toBe("stock");
});

it("without running totals, the latest increment stands, marked so", () => {
  const f = summarizeFlow([st("a", "2024-03-01", 300, { measure: "increment", cumulative: false }), st("b", "2024-06-01", 200, { measure: "increment", cumulative: false })], 2);
  expect(f.latest).toMatchObject({ statement: "b", measure: "increment" });
});
