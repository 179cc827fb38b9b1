// A state named as the place where goods are made, built or developed ("a Russian firm is building the drone in
// China") is where they come from: it gives them, and the state read as giver receives them.
import { describe, expect, it } from "vitest";
import { claimsOfReport } from "./support/short-report.js";

const flowsOf = (text: string) =>
  claimsOfReport(text, "madein", "2025-02-11")
    .filter((c) => c.kind === "transfer" && c.item === "drones")
    .map((c) => `${c.supplier}>${c.recipient}`);

describe("the place where goods are made gives them", () => {
  it.each([
    "Loitering munitions for Moscow are being made in China, the report says.",
    "A Russian arms maker had designed and flight-tested the Molniya-2 drone in China, helped by engineers there, and shipped the first ones to Russia.",
    "Moscow is having a new long-range strike drone developed and built in China, with Chinese technicians assisting, two officials said on Monday.",
    "Officials say a Russian defence company has been building the Orlan-30 strike drone in China and sending it to Russia.",
  ])("%s", (text) => {
    const flows = flowsOf(text);
    expect(flows).toContain("CHN>RUS");
    expect(flows).not.toContain("RUS>CHN");
  });
});

describe("a payer of goods made in the receiver's land still gives them", () => {
  it.each([
    "Denmark will pay for 18 attack drones built in Ukraine by Ukrainian firms, the ministry said.",
    "Norway is funding 40 reconnaissance drones produced in Ukraine for the Ukrainian army, the minister said.",
    "Sweden has paid for 200 strike drones manufactured in Ukraine, officials said on Tuesday.",
  ])("%s", (text) => {
    const flows = flowsOf(text);
    expect(flows.some((f) => f.endsWith(">UKR"))).toBe(true);
    expect(flows.some((f) => f.startsWith("UKR>"))).toBe(false);
  });
});

describe("goods made where they arrive, from parts, help or a package sent there, keep their reading", () => {
  const flowsOfAll = (text: string) =>
    claimsOfReport(text, "madein", "2025-02-11")
      .filter((c) => c.kind === "transfer")
      .map((c) => `${c.supplier}>${c.recipient}`);
  it.each([
    ["The first twelve tanks and 20 howitzers built in Spain came ashore in Lisbon on Monday, the minister said.", "ESP>PRT"],
    ["Footage showed fast boats of Turkish design; analysts believe the boats were shipped from Turkey in sections and assembled in Qatar.", "TUR>QAT"],
    ["In May the EU listed three Indian firms that allegedly supplied engines for attack drones built in Russia.", "IND>RUS"],
    ["Madrid's package of about 2 billion euros is weighted towards long-range drones produced in Ukraine.", "ESP>UKR"],
    ["Warsaw ordered 180 tanks from Seoul in July. The last 60 will be built in Poland under licence from 2026.", "KOR>POL"],
  ])("%s", (text, flow) => expect(flowsOfAll(text)).toContain(flow));
});
