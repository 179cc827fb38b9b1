// A count told as of a deadline and counted since a start ("By mid-June the envoy put deliveries since March at 40,000
// rounds") runs from that start to the deadline.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "since.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "since", outlet: "Probe Wire", published: "2024-02-02" } as never }).claims;

describe("a count since a start, told as of a deadline", () => {
  it.each([
    ["In May 2023 EU governments agreed to send Moldova 50,000 artillery rounds. By late September 2023 the bloc's defence commissioner, Lena Holm, put deliveries since June at about 20,000 rounds.", 20000, "2023-06", "2023-09"],
    ["In April 2023 EU governments agreed to send Albania 30,000 artillery rounds. By late October 2023 the bloc's envoy, Piet Maas, put deliveries since August at roughly 9,000 rounds.", 9000, "2023-08", "2023-10"],
    ["In June 2023 EU governments agreed to send Armenia 8,000 artillery rounds. By early December 2023 officials in Brussels put deliveries since July at some 3,000 rounds.", 3000, "2023-07", "2023-12"],
  ])("%s", (text, value, start, end) => {
    const claim = claimsOf(text).find((c) => c.kind === "transfer" && c.quantity?.value === value);
    expect(claim).toBeDefined();
    expect([claim!.period?.start, claim!.period?.end?.slice(0, 7)]).toEqual([start, end]);
  });
});
