// An appeal to the reader headed by a call to back the page, with the sum a month first ("Back our desk: 4 euros a
// month pays ..."), is the page's upkeep: its sum is no flow, while the report around it is read as ever.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "appeal.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "appeal", outlet: "Probe Wire", published: "2024-09-12" } as never }).claims;

const report = "Western officials say China sells Russia machine tools and chips for its drones, which Beijing denies.";
const appealAt = `${report}\n\n`.length + "Report\n\nBy staff\n\n".length;

describe("a reader appeal that opens with the sum a month is no flow", () => {
  it.each([
    "Support independent Georgian media: 4 euros a month keeps us going.",
    "Fund the newsroom: 3 pounds per month buys the fuel for our reporters' car.",
    "Keep Moldovan journalism alive: 7 dollars a month keeps us going.",
  ])("%s", (appeal) => {
    const claims = claimsOf(`${report}\n\n${appeal}`);
    expect(claims.filter((c) => c.evidence.start >= appealAt)).toEqual([]);
    expect(claims.some((c) => c.supplier === "CHN" && c.recipient === "RUS")).toBe(true);
  });
});
