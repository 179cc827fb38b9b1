// A state that funds goods for another, or pays a sum for goods made inside another state, gives those goods to
// that state (SCHEMA.md: a state that buys abroad and hands over is the supplier; an aid package given as a value is
// the goods, measured by the sum). Texts of our own, run through the whole pipeline.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** "supplier recipient item value unit" for each transfer claim of `text`. */
function transfers(text: string): string[] {
  const doc = processDocument({ path: "paid.txt", bytes: new TextEncoder().encode(text), meta: { id: "paid", published: "2025-05-01", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => [c.supplier ?? "-", c.recipient ?? "-", c.item, c.quantity?.value ?? "-", c.quantity?.unit ?? "-"].join(" "));
}

describe("a state that will fund goods for another gives them", () => {
  it.each([
    ["Norway will fund two more air-defence systems for Moldova.\n", ["NOR MDA air-defence-systems 2 systems"]],
    ["Sweden is set to fund four howitzers for Ukraine.\n", ["SWE UKR artillery-systems 4 systems"]],
    ["Denmark and Finland have agreed to fund 30 armoured vehicles for Ukraine.\n", ["DNK UKR armoured-vehicles 30 vehicles", "FIN UKR armoured-vehicles 30 vehicles"]],
  ])("%s", (text, want) => {
    const got = transfers(text);
    for (const w of want) expect(got).toContain(w);
  });
});

describe("a sum paid for goods made inside another state measures the goods the payer gives to that state", () => {
  it.each([
    ["Belgium is paying two billion euros for air-defence missiles that will be built in Ukraine.\n", "BEL UKR missiles-other 2000000000 eur", "UKR BEL"],
    ["Sweden has agreed to pay 400 million euros for drones made in Ukraine.\n", "SWE UKR drones 400000000 eur", "UKR SWE"],
    ["Canada has agreed to pay $200 million for armoured vehicles produced in Poland.\n", "CAN POL armoured-vehicles 200000000 cad", "POL CAN"],
  ])("%s", (text, want, wrong) => {
    const got = transfers(text);
    expect(got).toContain(want);
    expect(got.filter((c) => c.startsWith(wrong) || / money /.test(c))).toEqual([]);
  });
});
