// Goods that leave a place of one state for another, written for the test: the place's state (its adjective, its
// name, or a town of it) gives, the state after "for" receives; people who leave, and a departure that ends in a
// strike, tell nothing. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "departure.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "departure", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;
const flows = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer")
    .map((c) => [c.supplier, c.recipient, c.item]);

describe("goods that leave a state's depots or ports for another state move between them", () => {
  it.each([
    ["Dozens of old T-55 tanks left Slovak army depots for Ukraine in 2023.", ["SVK", "UKR", "armoured-vehicles"]],
    ["Some 5,000 containers packed with munitions had left North Korean ports for Russia by March, the minister said.", ["PRK", "RUS", "ammunition"]],
    ["At least 60 wagons of rifles left depots near Mogilev for Russia over the winter, an exiled monitoring group says.", ["BLR", "RUS", "weapons-unspecified"]],
    ["Several crates of Bulgarian shells left Bulgarian ports for Ukraine last winter, officials said.", ["BGR", "UKR", "artillery-ammunition"]],
    ["A dozen Soviet-designed helicopters left Slovak bases for Ukraine in the spring.", ["SVK", "UKR", "aircraft"]],
  ] as const)("%s", (text, flow) => {
    expect(flows(text)).toContainEqual(flow);
  });
});

describe("people who leave, or goods that leave to strike, tell no transfer", () => {
  it.each([
    ["Several thousand Russian troops left Belarus for Russia after the drills ended.", ["BLR", "RUS"]],
    ["Hungarian drones left Hungarian bases for Serbia and struck a depot near the border.", ["HUN", "SRB"]],
  ] as const)("%s", (text, [supplier, recipient]) => {
    expect(flows(text).filter(([s, r]) => s === supplier && r === recipient)).toEqual([]);
  });
});

describe("people who tell of the goods that left are no goods", () => {
  it("dock workers who report a departure are not sent anywhere", () => {
    expect(flows("Polish dock workers say some 30 crates of rifles left Slovak depots for Serbia in June.").filter(([, , item]) => item === "workers")).toEqual([]);
  });
});
