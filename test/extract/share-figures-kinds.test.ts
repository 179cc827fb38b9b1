// A share given as a fraction in words ("nine-tenths of"), a fraction that closes a phrase a noun of share opens
// ("put its share of the engines at about four-fifths"), and a second share of goods after the first ("and its share
// of the mortars at about 60 percent") all give the claim its figure in percent.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "shares.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "shares", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("a share written in words or apart from its goods keeps its figure", () => {
  it.each([
    ["The ministry put Belarus's share of the rifles Serbia imports at about 30 percent and its share of the mortars at about 60 percent.", [30, 60]],
    ["A Ukrainian envoy put Iran's share of the drone engines Russia imports at about four-fifths this spring.", [80]],
    ["Roughly nine-tenths of the chips in Russian cruise missiles came from China, investigators said.", [90]],
    ["Investigators put China's share of the drone parts Russia buys at three-tenths, officials said.", [30]],
  ])("%s", (text, values) => {
    const claims = claimsOf(text).filter((c) => c.kind === "transfer");
    expect(claims.map((c) => c.quantity?.unit)).toEqual(values.map(() => "percent"));
    expect(claims.map((c) => c.quantity?.value).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(values);
  });
});
