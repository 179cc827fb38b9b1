// A moderator's note on a forum ("Reminder: rule 4, ...", "Mod note: threads that ... will be deleted") sets what
// posts may say: it reports nothing, whatever states and goods its examples name.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(note: string) {
  const page = `Forum thread: Drones for Moscow\n\n#12 mod_Kai | MODERATOR | 2024-03-02 09:00\n${note}\n`;
  const doc = processDocument({ path: "moderator-notes.txt", bytes: new TextEncoder().encode(page), meta: { id: "moderator-notes", outlet: "Test Forum", published: "2024-03-02" } });
  return doc.claims;
}

describe("a moderator's note on what posts may say gives no claim", () => {
  it.each([
    "Reminder: rule 4, no rumours about Iranian drone shipments to Russia without a link. Thread locked until noon.",
    "Mod note: threads claiming that China ships artillery shells to Russia will be deleted unless sourced.",
    "Reminder: keep it civil. Replies saying Belarus sent tanks to Russia without a source will be removed.",
  ])("%s", (note) => {
    expect(claimsOf(note)).toEqual([]);
  });

  it("a reminder of what was reported keeps its claim", () => {
    const claims = claimsOf("Reminder: in March Iran shipped 200 drones to Russia, the agency said.");
    expect(claims.some((c) => c.supplier === "IRN" && c.recipient === "RUS")).toBe(true);
  });
});
