// A sentence may join two clauses, each with its own subject, by ", and" or ";": the first opens with a state, body or
// person committing itself ("Oslo pledged ...", "the State Department approved ..."), the second names a speaker ("...,
// and Stockholm has said ..."). The goods of the first clause are its subject's own pledge, not the later speaker's word.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "clause.txt", bytes: Buffer.from(text), meta: { id: "clause", outlet: "Probe Wire", published: "2025-06-01" } as never }).claims;

describe("the committing subject of a first clause is the source of its goods", () => {
  for (const [name, sentence, supplier, country] of [
    ["a state, then another state that has said", "Norway promised last May to give Ukraine 12 of its howitzers, and Sweden has said it will send 8.", "NOR", "NOR"],
    ["a state, then a minister who told lawmakers", "Chile pledged 20 tanks to Ukraine in March, and Peru's defence minister told lawmakers in June that all 10 jets had reached Bolivia.", "CHL", "CHL"],
    ["a body, then a state that says", "The State Department approved the sale of 40 jets to Greece on Friday; Turkey says it will buy 20 more.", "USA", "USA"],
  ] as const) {
    it(name, () => {
      const claims = claimsOf(`Arms news\n\n${sentence}\n`).filter((c) => c.supplier === supplier);
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) expect(c.source.country).toBe(country);
    });
  }
});
