// The US command for the Middle East is often named short, "Central Command" or "Centcom", with no "US" before it:
// the same body as "US Central Command", the United States' forces, not a person called Central Command. Texts of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function sources(text: string) {
  const doc = processDocument({ path: "command.txt", bytes: new TextEncoder().encode(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "command", published: "2024-04-02", outlet: "Harbour Wire" } });
  return doc.claims.map((c) => c.source);
}

describe("a short name of the US command is that body", () => {
  it.each([
    "In March, the Pentagon's Central Command said it had seized Iranian missile parts bound for Yemen's Houthis.",
    "Centcom says it stopped a boat carrying Iranian drone engines to the Houthis.",
    "Iran tried to ship anti-ship missiles to the Houthis last month, Central Command said on Friday.",
  ])("%s", (text) => {
    const got = sources(text);
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((s) => s.speaker === null && s.org === "United States Armed Forces" && s.country === "USA")).toBe(true);
  });
});
