// Containers whose cargo no sentence of the page names count arms in general (weapons-unspecified), not goods of
// no kind: a count of boxes moving between two states at war is read as a lot of arms.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "boxes.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "boxes", outlet: "Probe Wire", published: "2024-09-12" } as never }).claims;

describe("untold boxes count arms in general", () => {
  it.each([
    ["Pyongyang has loaded some 4,500 containers onto trains bound for Russia since spring, a Seoul official told reporters on Monday.", "PRK", "RUS"],
    ["Around 7,200 containers have crossed from North Korea into Russia this year, the South Korean defence ministry said.", "PRK", "RUS"],
    ["Iran has moved more than 900 containers to Russia by sea since January, a Western intelligence official said.", "IRN", "RUS"],
  ])("%s", (text, supplier, recipient) => {
    const boxes = claimsOf(text).filter((c) => c.quantity?.unit === "containers");
    expect(boxes.length).toBe(1);
    expect(boxes[0]).toMatchObject({ supplier, recipient, item: "weapons-unspecified" });
  });
});
