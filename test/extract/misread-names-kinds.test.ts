// An ordinary word that opens a sentence or a label with a capital ("Documents said to ...", "Same report: ...") is no
// speaker, and a date that opens a line of a chronology ("Apr   Ruiz says ...") is no part of the name after it.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({
    path: "misread.txt",
    bytes: Buffer.from(`Arms notes\n\nRail watchers follow the trains.\n\n${text}\n`),
    meta: { id: "misread", outlet: "Probe Wire", published: "2024-10-01" } as never,
  }).claims;

describe("an ordinary word that opens a sentence or a label speaks for no one", () => {
  it.each([
    ["Documents said to come from a Russian arms maker indicate that Moscow plans to deliver 24 fighter jets to Iran.", "Documents"],
    ["Open notes on the trains say Belarus sent 40 tanks to Russia in March.", "Open"],
    ["Production note: the plant in Izhevsk now makes about 300 drones a month for Russia.", "Production"],
    ["Same report: Iran shipped 200 missiles to Russia in 2024.", "Same"],
    ["Confidential report also details how Iran shipped 30 drones to Sudan last year.", "Confidential"],
  ])("%s", (text, word) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.source.speaker ?? "").not.toContain(word);
  });
});

describe("a date that opens a line of a chronology is no part of the speaker's name", () => {
  it.each([
    ["  Apr      Holt says China provides 70 percent of Russia's machine tools.", "Holt"],
    ["  10 Sep   Ruiz, in Lima, says Chile has sent 12 patrol boats to Peru.", "Ruiz"],
    ["  Mar      Avery says Iran has shipped 200 drones to Russia.", "Avery"],
  ])("%s", (text, name) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.source.speaker).toBe(name);
  });
});

describe("a month's name that is a given name stays in the name", () => {
  it.each([
    ["Defence Minister Jan Holt said Norway had sent 12 howitzers to Ukraine.", "Jan Holt"],
    ["Chile's navy chief, Jan Ruiz, said Chile had sold Peru 6 patrol boats in 2023.", "Jan Ruiz"],
  ])("%s", (text, name) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.source.speaker).toBe(name);
  });
});
