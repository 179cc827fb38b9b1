// A count of boxes told with no verb of giving and no party of its own ("the agency counted 4,000 containers",
// "its tally was over 900 containers") counts more of the flow the report follows; a bare count of boxes takes what
// the flow's earlier boxes held, else arms where the flow moved arms. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "lots.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "lots", outlet: "Probe Wire", published: "2025-06-02" } as never }).claims;
const flows = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer")
    .map((c) => [c.supplier, c.recipient, c.item, c.quantity?.value ?? c.quantity?.min ?? null, c.quantity?.unit ?? null]);

describe("a count of boxes with no verb of giving counts more of the flow in focus", () => {
  it.each([
    ["Iran has shipped arms to Venezuela since 2022. Last winter the coast guard counted some 900 containers.", ["IRN", "VEN", "weapons-unspecified", 900, "containers"]],
    ["Belarus has been sending munitions to Russia for two years. For scale, the watchdog's tally in March was over 2,400 containers.", ["BLR", "RUS", "ammunition", 2400, "containers"]],
    ["Serbia sells weapons to Armenia by sea. The port authority's figure: roughly 310 containers since January, officials said.", ["SRB", "ARM", "weapons-unspecified", 310, "containers"]],
  ] as const)("%s", (text, flow) => {
    expect(flows(text)).toContainEqual(flow);
  });
  it("a bare count of boxes takes what the flow's earlier boxes held, not what the sentence before converts them to", () => {
    const got = flows("Spain has sent about 5,000 containers of arms to Peru, the ministry says. Those boxes could hold 2 million shells. A year ago the ministry counted 1,800 containers.");
    expect(got).toContainEqual(["ESP", "PER", "weapons-unspecified", 1800, "containers"]);
    expect(got.filter((f) => f[3] === 1800 && f[2] === "artillery-ammunition")).toEqual([]);
  });
});

describe("a count of boxes with no flow in focus, or beside a party of its own, is not read by this shape", () => {
  it.each([
    ["The port of Santos counted some 90,000 containers last month."],
    ["Bolivia has sold rifles to Chile for years. Some 700 containers were stuck in Peru last month."],
  ] as const)("%s", (text) => {
    expect(flows(text).filter((f) => f[4] === "containers" && (f[3] === 90000 || f[0] === "BOL"))).toEqual([]);
  });
});
