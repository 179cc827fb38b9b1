// The body that issued a report stays its source where the page tells the findings in other words: a finding
// closed by ", the team found" or ", the monitors found" is the issuer's, as ", the report said" is; and an aside
// telling who set the body up (", set up by eleven states after the old panel lapsed,") names no speaker, so the
// body before it, not a state or panel of its history, is the one that speaks and issues the report.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "findings.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "findings", outlet: "Probe Wire", published: "2025-06-01" } as never }).claims;

describe("a finding closed by 'the team found' is the issuing body's", () => {
  it.each([
    ["The Multilateral Sanctions Monitoring Team released its first report on Thursday.\n\nSome 6,000 North Korean labourers were working in Russia during 2024, the team found.", "Multilateral Sanctions Monitoring Team"],
    ["The Kestrel Institute published a satellite survey of the port of Rajin on Monday.\n\nAt least 90 trainloads of shells went from North Korea to Russia over the winter, the researchers found.", "Kestrel Institute"],
    ["The Arden Centre has issued its yearly review of the arms trade.\n\nChina handed Pakistan 12 frigates between 2020 and 2024, the study finds.", "Arden Centre"],
  ])("%s", (text, org) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.source.org).toBe(org);
  });
});

describe("an aside telling who set the body up names no speaker", () => {
  it.each([
    ["The Multilateral Sanctions Monitoring Team, formed by eleven governments once Moscow had vetoed the UN expert panel, said in a report that North Korea sent Russia 9,000 containers of munitions.\n\nRussia gave North Korea 500,000 barrels of oil in 2024, the report said.", "Multilateral Sanctions Monitoring Team"],
    ["The Kestrel Institute, founded in Vilnius by former Lithuanian officers, estimated that Belarus moved 150 tanks to Russia over the summer.", "Kestrel Institute"],
    ["The Multilateral Sanctions Monitoring Team, set up last year by Japan, South Korea and nine other states, said in a report that Russia sent 2 Pantsir air-defence systems to North Korea.\n\nThe North sent 40 artillery pieces to Russia in March, the team estimated.", "Multilateral Sanctions Monitoring Team"],
  ])("%s", (text, org) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.source.org).toBe(org);
  });
});
