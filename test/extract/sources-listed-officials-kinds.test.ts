// Presidents, prime ministers and defence ministers of states that give, sell or buy arms are listed people: named in
// full once, their surname alone later speaks for their office and their state ("..., Marles said" is Australia's
// defence minister), not for nobody.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "listed.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "listed", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("a listed official's surname speaks for the official's office and state", () => {
  it.each([
    ["Richard Marles visited Kyiv on Monday. Australia will give Ukraine 30 Bushmaster vehicles, Marles said.", "Richard Marles", "Australian Department of Defence", "AUS"],
    ["Aleksandar Vučić spoke in Belgrade on Friday. Serbia will buy 12 fighter jets from France, Vučić told reporters.", "Aleksandar Vučić", "Presidency of Serbia", "SRB"],
    ["Suren Papikyan toured a factory near Paris on Tuesday. Armenia will buy 36 howitzers from France, Papikyan said.", "Suren Papikyan", "Armenian Ministry of Defence", "ARM"],
  ])("%s", (text, speaker, org, country) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.source).toMatchObject({ speaker, org, country });
  });
});
