// Sources and certainty on kinds of sentences first seen in reports we had not tuned on: who is the subject of the
// verb of saying or judging, what a role set off by commas belongs to, and which words leave a transfer to come.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "fresh.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "fresh", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("a role set off by commas before a name is that person's title, no second source", () => {
  it.each([
    ["In Oslo, the defence ministry's spokesman, Lars Berg, said the reports were false and that Norway had not sent rockets to Ukraine.", "Lars Berg"],
    ["In Lima, the army spokeswoman, Ana Ruiz, said Peru had received 12 howitzers from Chile.", "Ana Ruiz"],
    ["A foreign ministry spokesperson, Jorge Salas, told reporters that Chile had shipped 40 rifles to Bolivia.", "Jorge Salas"],
  ])("%s", (text, speaker) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.source.speaker).toBe(speaker);
  });
});

describe("a person who expects a transfer is its source, and the transfer is still to come", () => {
  it.each([
    ["Ken Ito, an opposition lawmaker and former envoy to Lima, expects Chile to ship between 600 and 700 tonnes of grain a year to Peru.", "Ken Ito"],
    ["Ana Ruiz, a retired navy officer, expects Chile to sell four frigates to Peru.", "Ana Ruiz"],
    ["The navy chief, Lars Berg, expects Norway to deliver 12 patrol boats to Latvia next year.", "Lars Berg"],
  ])("%s", (text, speaker) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) {
      expect(c.source.speaker).toBe(speaker);
      expect(c.certainty).toBe("possible");
    }
  });
});

// A state's agency that "said" a thing states it; one that "reported" it passes on news, as the press does.
describe("the media named right before a state's news agency describe it: the agency is the one source, stating what it says and passing on what it reports", () => {
  it.each([
    ["Russia sent 500 tonnes of wheat to North Korea in May, state media KCNA reported on Friday.", "KCNA", "reported"],
    ["Iran sent 300 drones to Russia last year, the state media, IRNA, said.", "IRNA", "asserted"],
    ["China shipped 40 tonnes of machine tools to Russia in May, Chinese state media Xinhua reported.", "Xinhua", "reported"],
    ["Russia shipped 40 tonnes of fuel to North Korea in June, Russian state media TASS said.", "TASS", "asserted"],
  ])("%s", (text, org, certainty) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) {
      expect(c.source.org).toBe(org);
      expect(c.certainty).toBe(certainty);
    }
  });
});

describe("a state's own news agency speaks for its state: what it tells is stated, not passed on", () => {
  it.each([
    "According to KCNA, North Korea shipped 3,000 artillery shells to Russia in April.",
    "Russia sent 700 tonnes of wheat to North Korea in June, TASS said.",
    "Iran delivered 40 drones to Russia in May, IRNA said on Sunday.",
  ])("%s", (text) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.certainty).toBe("asserted");
  });

  it("leaves other media passed on", () => {
    for (const c of claimsOf("According to Yonhap, Russia sent 900 tonnes of flour to North Korea in July.")) expect(c.certainty).toBe("reported");
  });
});

describe("a speaker who opens a clause of its own after ', and' and names no state is no source of the transfer told before", () => {
  it.each([
    "Chile sent 40 howitzers to Peru in May, and officials said the guns were already at the front.",
    "Norway delivered 30 patrol boats to Latvia last year, but diplomats said the crews were still training.",
    "Spain shipped 20 armoured vehicles to Ukraine in March, and two officials said some of them needed repairs.",
  ])("%s", (text) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) {
      expect(c.source.org).toBe("Probe Wire");
      expect(c.certainty).toBe("asserted");
    }
  });

  it("keeps the speaker where the clause after its verb tells the transfer", () => {
    const claims = claimsOf("The talks ended on Monday, and officials said Norway had sent 40 rockets to Ukraine.");
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.source.org).not.toBe("Probe Wire");
  });
});

describe("an unnamed speaker is the one whose remarks the next sentences name", () => {
  it.each([
    ["Peru will receive 12 Chilean fighter jets in March, a senior Peruvian lawmaker said on Sunday. The jets would be the first upgrade of the air force in decades. The remarks by Ana Ruiz, a member of the defence committee, were carried by local media.", "Ana Ruiz"],
    ["Latvia is to get 20 Norwegian patrol boats next year, a Latvian official said on Monday. The comments of Janis Berzins came after a visit to Oslo.", "Janis Berzins"],
    ["Chile has sent 40 howitzers to Peru since May, a senior Chilean lawmaker told reporters. Jorge Salas's remarks were the first public account of the deliveries.", "Jorge Salas"],
  ])("%s", (text, speaker) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.source.speaker).toBe(speaker);
  });
});

describe("one who values goods moved at a sum estimates it: the transfer is believed, the valuer its source", () => {
  it.each([
    ["The Kestrel Foundation has valued Chile's arms deliveries to Peru at between $1.7 billion and $5.5 billion.", "Kestrel Foundation"],
    ["Analysts value the drones Iran sent to Russia at about $200 million.", "Analysts"],
    ["The Vantor Institute values the shells North Korea shipped to Russia at more than $500 million.", "Vantor Institute"],
  ])("%s", (text, org) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) {
      expect(c.certainty).toBe("believed");
      expect(c.source.org).toBe(org);
    }
  });

  it("leaves a package valued at a sum stated", () => {
    for (const c of claimsOf("The package, valued at some $900 million, includes 40 armoured vehicles for Ukraine from the United States.")) expect(c.certainty).toBe("asserted");
  });
});
