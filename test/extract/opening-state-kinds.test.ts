// The state that opens a sentence: after a day or month with no comma it is still the subject ("On Tuesday Poland
// sent ..."), and a ministry that speaks with no state named is that state's ("Norway sent ..., the defence ministry
// said"), where the report names no state in focus.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "opening.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "opening", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("a day or month before the subject with no comma is no part of the subject's phrase", () => {
  it.each([
    ["On Tuesday Poland sent 30 tanks to Ukraine.", "POL", "UKR"],
    ["On Monday Germany delivered 12 howitzers to Ukraine.", "DEU", "UKR"],
    ["On Friday Japan gave 40 patrol boats to the Philippines.", "JPN", "PHL"],
    ["In September Norway shipped 20 howitzers to Ukraine.", "NOR", "UKR"],
  ])("%s", (text, supplier, recipient) => {
    const claims = claimsOf(text);
    expect(claims.map((c) => `${c.supplier}>${c.recipient}`)).toEqual([`${supplier}>${recipient}`]);
  });
});

describe("a ministry with no state named speaks for the state that opens the sentence", () => {
  it.each([
    ["Norway sent 12 howitzers to Ukraine, the defence ministry said.", "NOR"],
    ["Chile will send 12 howitzers to Ecuador, the defence ministry said.", "CHL"],
    ["Last week Japan gave 40 patrol boats to the Philippines, the foreign ministry said on Friday.", "JPN"],
    ["In March, Poland sent 30 tanks to Ukraine, the defence ministry said.", "POL"],
  ])("%s", (text, country) => {
    const claims = claimsOf(text);
    expect(claims.length).toBe(1);
    expect(claims[0].source.country).toBe(country);
    expect(claims[0].source.org).toMatch(/ministry/i);
  });
});

describe("officials in a capital serve its state", () => {
  it.each([
    ["Chile shipped 40 rifles to Peru, officials in Santiago said.", "CHL"],
    ["Officials in Washington said Russia had sent 40 tanks to Belarus.", "USA"],
    ["Russia sent 40 tanks to Belarus, according to officials in Kyiv.", "UKR"],
  ])("%s", (text, country) => {
    const claims = claimsOf(text);
    expect(claims.length).toBe(1);
    expect(claims[0].source.country).toBe(country);
  });
});

describe("a state that halts a transfer decides it: it is the source of the halt, which is denied", () => {
  it.each([
    ["The United States paused deliveries of 155mm shells to Ukraine in July.", "USA"],
    ["Washington halted a shipment of 1,800 bombs to Israel in May.", "USA"],
    ["Switzerland blocked the re-export of Gepard ammunition to Ukraine.", "CHE"],
    ["Germany suspended the sale of 40 tanks to Saudi Arabia.", "DEU"],
  ])("%s", (text, country) => {
    const claims = claimsOf(text);
    expect(claims.length).toBe(1);
    expect(claims[0].source.country).toBe(country);
    expect(claims[0].certainty).toBe("denied");
  });
});

describe("a body's noun before the people who speak only says what they know about: no body of the opening state speaks", () => {
  it.each([
    "Poland sent 40 tanks to Ukraine last year, military experts said.",
    "Taiwan got a new arms package from Washington this week, military analysts said on Wednesday.",
    "Japan gave 40 patrol boats to the Philippines, government observers said.",
  ])("%s", (text) => {
    const claims = claimsOf(text);
    expect(claims.length).toBe(1);
    expect(claims[0].source.org ?? "").not.toMatch(/military|government|ministry/i);
  });
});
