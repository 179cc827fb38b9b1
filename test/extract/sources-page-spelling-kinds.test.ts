// A listed person whose name the page writes without its accents keeps the page's spelling as the speaker
// ("Aleksandar Vucic said ..." gives "Aleksandar Vucic", not the list's "Aleksandar Vučić"); with the accents, the list's.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "spelling.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "spelling", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("the speaker is spelled as the page spells the name", () => {
  it.each([
    ["Aleksandar Vucic spoke in Belgrade on Friday. Serbia will buy 12 fighter jets from France, Vucic said.", "Aleksandar Vucic", "SRB"],
    ["President Aleksandar Vucic said Serbia would buy 12 fighter jets from France.", "Aleksandar Vucic", "SRB"],
    ["Sebastien Lecornu said France would send 12 howitzers to Ukraine.", "Sebastien Lecornu", "FRA"],
    ["President Vucic said Serbia would buy 12 fighter jets from France.", "Aleksandar Vucic", "SRB"],
    ["Aleksandar Vučić spoke in Belgrade on Friday. Serbia will buy 12 fighter jets from France, Vučić said.", "Aleksandar Vučić", "SRB"],
  ])("%s", (text, speaker, country) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.source).toMatchObject({ speaker, country });
  });
});
