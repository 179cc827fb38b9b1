// Sources that a report names by what they are, not by their name: "the report", "the study", "the researchers",
// "the team" stand for the body the document named as its maker; "the agency's spokesman" speaks for the agency;
// the city a body sits in ("the Kestrel Institute in Vilnius") is where it is, not a second source.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "issuer.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "issuer", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("a report named with its maker is that maker's, in later paragraphs too", () => {
  it.each([
    ["Belarus has sent 300 railcars of ammunition to Russia since March, according to an annual report by the Kestrel Institute.\n\nThe report says Minsk also shipped 40 tanks to Russia in 2024.", "Kestrel Institute"],
    ["According to a study by the Center for Strategic and International Studies, Iran shipped 400 drones to Russia last year. The study found that Tehran also sent 200 missiles to Russia in May.", "CSIS"],
    ["North Korea delivered 2,000 containers to Russia in 2024, according to the second report of the Multilateral Sanctions Monitoring Team.\n\nThe report says Russia sent 100,000 barrels of oil to North Korea in March.", "Multilateral Sanctions Monitoring Team"],
  ])("%s", (text, org) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThanOrEqual(2);
    for (const c of claims) expect(c.source.org).toBe(org);
  });
});

describe("the researchers, the authors, the team: the body whose work the document told of", () => {
  it.each([
    ["Iran has shipped 400 drones to Russia since May, according to a satellite study by the Kestrel Institute.\n\nThe researchers counted 30 shipments of shells from North Korea to Russia in June.", "Kestrel Institute"],
    ["The Arden Centre published its annual survey of the arms trade on Monday. The authors estimate that China sold 20 frigates to Pakistan last year.", "Arden Centre"],
    ["North Korea sent 2,000 containers to Russia, the Multilateral Sanctions Monitoring Team said in its report. The team believes Russia sent 40 air-defence systems to North Korea.", "Multilateral Sanctions Monitoring Team"],
  ])("%s", (text, org) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.source.org).toBe(org);
  });
});

describe("a role of a body named by a pointer speaks for that body", () => {
  it.each([
    ["South Korea's National Intelligence Service briefed lawmakers on Monday. The agency's spokesperson said North Korea had sent 3,000 troops to Russia.", "National Intelligence Service"],
    ["Japan's defence ministry briefed reporters on Monday. The ministry's spokesman said China had sold 40 drones to Russia.", "Japanese Ministry of Defense"],
    ["The Pentagon announced new aid on Friday. The department's spokesman said the US had sent 40 tanks to Ukraine.", "US Department of Defense"],
  ])("%s", (text, org) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.source).toMatchObject({ speaker: null, org });
  });
});

describe("the city a body sits in is no source of its own", () => {
  it.each([
    ["Belarus has sent 300 tanks to Russia since March, according to the Kestrel Institute in Vilnius.", "Kestrel Institute"],
    ["Iran shipped 400 drones to Russia last year, according to a study by the Arden Centre in London.", "Arden Centre"],
    ["Iran shipped 400 drones to Russia last year, according to the Arden Centre, based in Oslo.", "Arden Centre"],
  ])("%s", (text, org) => {
    const claims = claimsOf(text);
    expect(claims.length).toBe(1);
    expect(claims[0].source.org).toBe(org);
    expect(claims[0].item).not.toBe("space-technology");
  });
});

describe("a headline that calls the report's maker by what it is speaks for the one maker the report names", () => {
  const pageClaims = (text: string) =>
    processDocument({ path: "headline.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "headline", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;
  it.each([
    ["Russia gave North Korea air-defence systems, monitors say\n\nBy staff\n\nSince November Moscow has sent at least one air-defence system to Pyongyang, the Multilateral Sanctions Monitoring Team said in a report released on Thursday.", "Multilateral Sanctions Monitoring Team"],
    ["Researchers: Iran sent 400 drones to Russia\n\nBy staff\n\nIran has sent 400 drones to Russia since May, according to a study by the Kestrel Institute.", "Kestrel Institute"],
    ["Investigators say Belarus shipped tanks to Russia\n\nBy staff\n\nThe Arden Centre published an investigation on Monday. It said that Belarus shipped 40 tanks to Russia in 2024.", "Arden Centre"],
  ])("%s", (text, org) => {
    const claims = pageClaims(text);
    expect(claims.length).toBe(1);
    expect(claims[0].source).toMatchObject({ speaker: null, org });
  });
});

describe("\"It\" right after a body made a report known is that body", () => {
  it.each([
    ["The Arden Centre published an investigation on Monday. It found that Belarus shipped 40 tanks to Russia in 2024.", "Arden Centre"],
    ["The Arden Centre released a report on Monday. It concluded that Iran had sold 200 drones to Russia.", "Arden Centre"],
    ["The Kestrel Institute issued an assessment last week. It says that Belarus sent 300 railcars of shells to Russia.", "Kestrel Institute"],
  ])("%s", (text, org) => {
    const claims = claimsOf(text);
    expect(claims.length).toBe(1);
    expect(claims[0].source).toMatchObject({ speaker: null, org });
  });
});

describe("who a claim is reported or confirmed by is its source where the sentence names no one else", () => {
  it.each([
    ["Iran sent 300 drones to Russia, as reported by Reuters.", "Reuters", "reported"],
    ["The shipment of 300 drones from Iran to Russia was first reported by the Wall Street Journal.", "The Wall Street Journal", "reported"],
    ["Russia received 40 tanks from Belarus, as reported by the BBC.", "BBC", "reported"],
    ["The transfer of 40 tanks from Belarus to Russia has been documented by the Kestrel Institute.", "Kestrel Institute", "asserted"],
    ["Iran's sale of 1,700 drones to Russia was confirmed by US officials.", "US officials", "reported"],
  ])("%s", (text, org, certainty) => {
    const claims = claimsOf(text);
    expect(claims.length).toBe(1);
    expect(claims[0].source.org).toBe(org);
    expect(claims[0].certainty).toBe(certainty);
  });
});

describe("with no report's maker named as such, the makers' word points to the one credited body whose name holds it", () => {
  const pageClaims = (text: string) =>
    processDocument({ path: "maker.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "maker", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;
  it.each([
    ["Monitors: Iran gave Russia 100 missiles\n\nBy staff\n\nIran has transferred 100 ballistic missiles to Russia, according to the Caspian Arms Monitoring Group.", "Caspian Arms Monitoring Group"],
    ["Researchers say Belarus shipped tanks to Russia\n\nBy staff\n\nBelarus shipped 40 tanks to Russia in 2024, according to the Baltic Research Centre.", "Baltic Research Centre"],
    ["Investigators: China sold drones to Russia\n\nBy staff\n\nChina sold 300 drones to Russia in 2024, the Open Arms Investigations Unit said.", "Open Arms Investigations Unit"],
  ])("%s", (text, org) => {
    const claims = pageClaims(text);
    expect(claims.length).toBe(1);
    expect(claims[0].source).toMatchObject({ speaker: null, org });
  });
});

describe("a name ending in a word for a body ('Unit', 'Project', 'Network') is a body, not a person", () => {
  it.each([
    ["China sold 300 drones to Russia in 2024, the Open Arms Investigations Unit said.", "Open Arms Investigations Unit"],
    ["China sold 300 drones to Russia in 2024, the Conflict Arms Tracking Project said.", "Conflict Arms Tracking Project"],
    ["Iran sent 40 missiles to Russia, said the Caspian Monitoring Network.", "Caspian Monitoring Network"],
  ])("%s", (text, org) => {
    const claims = claimsOf(text);
    expect(claims.length).toBe(1);
    expect(claims[0].source).toMatchObject({ speaker: null, org });
  });
});
