// Money that several states name alike ("kroner", "kronor", "francs") is in the currency of the state that gives it.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "money.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "money", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("a shared name of money takes the currency of the state the sentence names", () => {
  it.each([
    ["Denmark gave 1.2 billion kroner in military aid to Ukraine.", "dkk"],
    ["Sweden gave 2 billion kronor in military aid to Ukraine.", "sek"],
    ["Norway will give Ukraine a military aid package of 3 billion kroner.", "nok"],
    ["Switzerland sold 40 million francs of ammunition to Germany.", "chf"],
  ])("%s", (text, unit) => {
    const claims = claimsOf(text);
    expect(claims.length).toBe(1);
    expect(claims[0].quantity?.unit).toBe(unit);
  });

  it("names no currency where no state that uses the name is named", () => {
    for (const c of claimsOf("Poland gave 40 million kroner in military aid to Ukraine.")) expect(["dkk", "nok", "sek"]).not.toContain(c.quantity?.unit ?? "");
  });
});
