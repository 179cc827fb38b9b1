// A penalty told with its cause ("was removed from the programme after it bought ...", "was fined for selling ...")
// tells why a state was punished and what it was shut out of: no transfer. The same goods told as the news stay one.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "penalty.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "penalty", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("a penalty's cause tells no transfer", () => {
  it.each([
    "Hungary was expelled from the joint training scheme in 2020 after it purchased Chinese drones.",
    "Egypt was suspended from the Eurofighter programme in 2022 over its purchase of Russian air-defence systems.",
    "Brussels kicked Serbia out of the exercise last year because it had acquired Chinese missiles.",
    "A Bulgarian trading house was fined in 2021 for selling grenades to Armenia.",
  ])("%s", (text) => {
    expect(claimsOf(text).filter((c) => c.kind === "transfer")).toEqual([]);
  });

  it.each([
    "Hungary purchased Chinese drones in 2020.",
    "Serbia has acquired Chinese missiles, officials said.",
  ])("the goods told as news still make one: %s", (text) => {
    expect(claimsOf(text).filter((c) => c.kind === "transfer").length).toBeGreaterThan(0);
  });
});
