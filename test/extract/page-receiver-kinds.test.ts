// A package valued by its sum that names no receiver ("Oslo's newest package is worth $90 million") goes to the state
// the page plainly tells of giving to ("aid to Moldova" again and again), where no flow is in focus to give it one; and
// a state that announces a package of its own with no receiver named gives it to the receiver in focus (the headline's).
// Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "page.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "page", outlet: "Probe Review", published: "2025-06-11" } as never }).claims;

const cores = (text: string) => claimsOf(text).filter((c) => c.kind === "transfer").map((c) => `${c.supplier}>${c.recipient} ${c.quantity?.value ?? null}`);

const aboutMoldova = "The Moldova desk\n\nEach week this letter logs the help sent to Moldova by its partners, and what is still owed to Moldova.\n\n";

describe("a valued package with no receiver goes to the state the page gives to", () => {
  it.each([
    ["Oslo's newest package is worth 90 million dollars.", "NOR>MDA 90000000"],
    ["Lisbon unveiled a package worth 40 million euros on Monday.", "PRT>MDA 40000000"],
    ["In March the Pentagon approved one more drawdown, valued at 300 million dollars.", "USA>MDA 300000000"],
  ])("%s", (sentence, core) => {
    expect(cores(`${aboutMoldova}${sentence}`)).toContain(core);
  });
});

describe("a state announcing its own package gives it to the receiver of the headline", () => {
  const headline = "Western capitals count their gifts to Armenia\n\nEvery announcement has its ritual.\n\n";
  it.each([
    ["When Vienna announced in May a package worth about 70 million euros, it drew praise.", "AUT>ARM 70000000"],
    ["Warsaw unveiled in April a package worth 25 million dollars.", "POL>ARM 25000000"],
    ["Last week Madrid announced a fresh package worth 60 million euros, its biggest yet.", "ESP>ARM 60000000"],
  ])("%s", (sentence, core) => {
    expect(cores(`${headline}${sentence}`)).toContain(core);
  });

  it.each([
    ["In Lisbon, Defence Minister Rui Costa on Tuesday unveiled a package worth 50 million euros.", "PRT>ARM 50000000"],
    ["In Warsaw, Defence Minister Anna Nowak unveiled a package worth 25 million dollars.", "POL>ARM 25000000"],
    ["In Madrid, the government announced a package worth 60 million euros, the third this year.", "ESP>ARM 60000000"],
  ])("the announcer's own capital named before it: %s", (sentence, core) => {
    expect(cores(`${headline}${sentence}`)).toContain(core);
  });
});
