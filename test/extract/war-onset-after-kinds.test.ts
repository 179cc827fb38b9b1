// A war a transfer is dated from without naming it, told with "after" and the war's onset ("after the invasion
// started", "after the start of the war"): the transfer starts on that war's first day (times.json, unnamedWar),
// as with "since". A bare "after the war" tells no onset and dates nothing.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function periodsOf(page: string) {
  const doc = processDocument({ path: "war-onset-after.txt", bytes: new TextEncoder().encode(page), meta: { id: "war-onset-after", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ supplier: c.supplier, recipient: c.recipient, start: c.period?.start ?? null }));
}

describe("'after' the onset of an unnamed war starts the transfer on the war's first day", () => {
  it.each([
    ["Lithuania handed 40 armoured vehicles to Ukraine after the invasion started.", "LTU", "UKR"],
    ["Kyiv says Iran sent 300 drones to Russia. Tehran denied that any had been sent after the war began.", "IRN", "RUS"],
    ["Estonia shipped howitzers to Kyiv after the start of the war, its defence minister said.", "EST", "UKR"],
  ])("%s", (page, supplier, recipient) => {
    expect(periodsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, start: expect.stringMatching(/^2022-02/) }));
  });

  it("a bare 'after the war' dates nothing", () => {
    expect(periodsOf("Lithuania handed 40 armoured vehicles to Ukraine after the war.")).toContainEqual(expect.objectContaining({ supplier: "LTU", recipient: "UKR", start: null }));
  });
});
