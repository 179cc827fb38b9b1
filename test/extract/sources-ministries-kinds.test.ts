// Source kinds of ministries: "the Ministry of National Defense said" is a defence ministry by its full
// title, as "the defence ministry said" is, and speaks for the state the sentence opens with or the report
// is about; not the outlet's own voice.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "ministries.txt", bytes: Buffer.from(text), meta: { id: "ministries", outlet: "Probe Wire", published: "2025-05-14" } as never }).claims;

describe("a defence ministry named by its full title speaks for its state", () => {
  for (const [name, text, country] of [
    ["Ministry of National Defense after the claim", "Launchers\n\nBy staff\n\nTaiwan expects a third lot of 16 rocket launchers from the United States in the autumn, the Ministry of National Defense said on Tuesday.\n", "TWN"],
    ["Ministry of National Defence in a report", "Tanks\n\nBy staff\n\nPoland has taken delivery of 24 more K2 tanks from South Korea, the Ministry of National Defence wrote in its monthly report.\n", "POL"],
    ["lower-case ministry of national defense with its initials", "Drones\n\nBy staff\n\nTaiwan will buy 120 loitering drones from the United States by 2027, the ministry of national defense (MND) told lawmakers.\n", "TWN"],
  ] as const) {
    it(name, () => {
      const claims = claimsOf(text);
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) {
        expect(c.source.country).toBe(country);
        expect(c.source.org).toMatch(/Ministry of National Defen[cs]e/i);
        expect(c.relays).toContain("Probe Wire");
      }
    });
  }
});

// A headline in its state's name or in the outlet's own voice that the body credits to a named person is that person's claim, where the two do
// not fold into one (the figure told in another currency, or as less sure).
describe("a headline's claim takes the source its body names", () => {
  for (const [name, text, speaker] of [
    ["a capital pledges, the minister's figure told otherwise", "Helsinki pledges 2.8 billion euros in arms for Kyiv\n\nBy staff\n\nFinland has pledged new military aid to Ukraine worth 2.8 billion euros ($3 billion), Defence Minister Aino Virtanen said on Monday, the country's 20th package since the invasion.\n", "Aino Virtanen"],
    ["a capital sends crowns, the minister counts dollars", "Oslo sends 1.2 billion crowns in arms to Kyiv\n\nBy staff\n\nNorway will send Ukraine military aid worth about $115 million, Defence Minister Tore Dahl said on Thursday.\n", "Tore Dahl"],
    ["a capital approves euros, the minister counts dollars", "Madrid approves arms package worth 500 million euros for Ukraine\n\nBy staff\n\nSpain has approved a military aid package for Ukraine worth about $540 million, Defence Minister Elena Ortiz said on Friday, its largest so far.\n", "Elena Ortiz"],
    ["the outlet's own headline, drones in euros", "Drones worth 40 million euros head from the Netherlands to Ukraine\n\nBy staff\n\nThe Netherlands will send Ukraine drones worth about $43 million, Defence Minister Joost Verhagen said on Tuesday.\n", "Joost Verhagen"],
    ["the outlet's own headline, vehicles in euros", "Armoured vehicles worth 60 million euros head from Austria to Ukraine\n\nBy staff\n\nAustria will send Ukraine armoured vehicles worth about $65 million, Defence Minister Klara Berger said on Monday.\n", "Klara Berger"],
  ] as const) {
    it(name, () => {
      const doc = processDocument({ path: "headline.txt", bytes: Buffer.from(text), meta: { id: "headline", outlet: "Probe Wire", published: "2025-05-14" } as never });
      const headline = doc.claims.filter((c) => c.evidence.start === 0);
      expect(headline.length).toBeGreaterThan(0);
      for (const c of headline) expect(c.source.speaker).toBe(speaker);
    });
  }
});

// A state's own record of what it gave ("Norway's delivery list shows ...") makes the claim in that state's name, not the outlet's.
describe("a state's record of its deliveries speaks for the state", () => {
  for (const [name, text, country] of [
    ["a delivery list with an aside puts the number", "Guns\n\nBy staff\n\nNorway's own delivery list, last updated in May, puts the number of howitzers handed to Kyiv at 14.\n", "NOR"],
    ["a capital's published delivery list shows", "Air defence\n\nBy staff\n\nOslo's published delivery list shows a fifth air defence system went to Ukraine in June.\n", "NOR"],
    ["an aid list records", "Jets\n\nBy staff\n\nDenmark's aid list records 19 F-16 jets promised to Ukraine.\n", "DNK"],
  ] as const) {
    it(name, () => {
      const claims = processDocument({ path: "record.txt", bytes: Buffer.from(text), meta: { id: "record", outlet: "Probe Wire", published: "2025-05-14" } as never }).claims;
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) {
        expect(c.source.country).toBe(country);
        expect(c.source.org).not.toBe("Probe Wire");
      }
    });
  }
});

// A short label and its colon that open a line ("Catching up:", "Update:") stand before the clause: the state or person after
// them that pledges or approves is still the subject who commits, the source of the claim.
describe("a committing subject after a line's label", () => {
  for (const [name, text, source] of [
    ["a capital approves after 'Update:'", "Live\n\nBy staff\n\nUpdate: Oslo on Friday approved its largest package yet for Ukraine, worth about $900 million.\n", { speaker: null, country: "NOR" }],
    ["a capital pledges after 'Catching up:'", "Live\n\nBy staff\n\nCatching up: Lisbon has pledged six more howitzers to Kyiv.\n", { speaker: null, country: "PRT" }],
    ["a minister promises after a longer label", "Live\n\nBy staff\n\nA reminder of the Finnish pledge from last week: minister Anna Berg promised parliament a further 400 million euros for drones for Ukraine.\n", { speaker: "Anna Berg", country: null }],
  ] as const) {
    it(name, () => {
      const claims = processDocument({ path: "label.txt", bytes: Buffer.from(text), meta: { id: "label", outlet: "Probe Wire", published: "2025-05-14" } as never }).claims;
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) {
        expect(c.source.speaker).toBe(source.speaker);
        if (source.country) expect(c.source.country).toBe(source.country);
        expect(c.source.org).not.toBe("Probe Wire");
      }
    });
  }
});

// "according to" a lawmaker who only heard it ("who attended the briefing", "who cited ministry officials"): the one heard is the
// source, the lawmaker relays it.
describe("a witness named by 'according to' relays the one they heard", () => {
  for (const [name, text, org, relay] of [
    ["an agency told a committee, a lawmaker who was there", "Briefing\n\nBy staff\n\nSouth Korea's National Intelligence Service told a parliamentary committee that North Korea had shipped 5,000 containers to Russia, according to lawmaker Kim Dae-ho, who was at the briefing.\n", "National Intelligence Service", "Kim Dae-ho"],
    ["the body named in the witness's aside", "Briefing\n\nBy staff\n\nNorth Korea has shipped 5,000 containers to Russia, according to lawmaker Kim Dae-ho, who attended the National Intelligence Service briefing.\n", "National Intelligence Service", "Kim Dae-ho"],
    ["a legislator who cited officials", "Tanks\n\nBy staff\n\nAccording to opposition legislator Chen Li, who cited defence ministry officials at a hearing, Taiwan will receive 40 tanks from the United States next year.\n", "defence ministry officials", "Chen Li"],
  ] as const) {
    it(name, () => {
      const claims = processDocument({ path: "witness.txt", bytes: Buffer.from(text), meta: { id: "witness", outlet: "Probe Wire", published: "2025-05-14" } as never }).claims;
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) {
        expect(c.source.speaker).toBeNull();
        expect(c.source.org).toBe(org);
        expect(c.relays[0]).toBe(relay);
      }
    });
  }
});
