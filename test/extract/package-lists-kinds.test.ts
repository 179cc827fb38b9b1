// Lists of a package's contents, written for the test: a frame that ends in a colon ("The package contains:")
// and one marked line per thing, the lines ending in semicolons; each line is a claim of its own with the
// package's giver and receiver. A line that names the giver with a verb of its own keeps its own direction.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "package-lists.txt", bytes: Buffer.from(text), meta: { id: "package-lists", outlet: "Probe Wire", published: "2025-03-04" } as never }).claims;

const page = (opening: string, frame: string, lines: readonly string[]) => `${opening}\n\n${frame}\n\n${lines.join("\n")}\n\nMore support will follow next year.\n`;

describe("each marked line of a package's list is a claim of its own, with the package's parties", () => {
  it.each([
    ["Oslo adopted its ninth aid package for Ukraine on Monday.", "The package contains:", ["- 24 mortar systems;", "- 8 armoured ambulances;", "- fuel trucks for the army."], "NOR", "- 24 mortar systems;", "artillery-systems", 24],
    ["The Dutch cabinet approved a new donation package to Kyiv.", "It includes:", ["• 3,000 anti-tank mines;", "• 14 armoured personnel carriers;", "• winter clothing."], "NLD", "• 14 armoured personnel carriers;", "armoured-vehicles", 14],
    ["Lisbon announced its latest tranche for Ukraine this week.", "The tranche consists of:", ["– 6 patrol boats,", "– 40 machine guns,", "– 2 radar stations."], "PRT", "– 6 patrol boats,", "naval", 6],
  ])("%s", (opening, frame, lines, supplier, line, item, value) => {
    const own = claimsOf(page(opening, frame, lines)).filter((c) => c.kind === "transfer" && c.evidence.text === line);
    expect(own.map((c) => [c.supplier, c.recipient, c.item, c.quantity?.value ?? null])).toContainEqual([supplier, "UKR", item, value]);
  });
});

describe("a listed line that names the giver with a verb of its own keeps its direction", () => {
  it.each([
    ["Oslo adopted its ninth aid package for Ukraine on Monday.", "The package contains:", ["- 24 mortar systems;", "- the last four of the 12 howitzers that Norway has promised, due before summer."], "NOR"],
    ["The Dutch cabinet approved a new donation package to Kyiv.", "It includes:", ["• 3,000 anti-tank mines;", "• the remaining six F-16 jets the Netherlands pledged last year."], "NLD"],
    ["Lisbon announced its latest tranche for Ukraine this week.", "The tranche consists of:", ["– 6 patrol boats;", "– the other three of the 9 patrol boats Portugal has offered."], "PRT"],
  ])("%s", (opening, frame, lines, supplier) => {
    const last = lines[lines.length - 1];
    const own = claimsOf(page(opening, frame, lines)).filter((c) => c.kind === "transfer" && c.evidence.text === last);
    expect(own.length).toBeGreaterThan(0);
    for (const c of own) expect([c.supplier, c.recipient]).toEqual([supplier, "UKR"]);
  });
});

describe("a listed line that names states only as qualifiers (the receiver's industry, the giver's scheme) gives no flow back", () => {
  it.each([
    ["Oslo adopted its ninth aid package for Ukraine on Monday.", "The package contains:", ["- NOK 400 million for howitzers produced by Ukrainian industry under the Norwegian scheme;", "- 8 armoured ambulances."]],
    ["The Dutch cabinet approved a new donation package to Kyiv.", "It includes:", ["• EUR 90 million for drones manufactured by Ukrainian firms with Dutch money;", "• 14 armoured personnel carriers."]],
    ["Lisbon announced its latest tranche for Ukraine this week.", "The tranche consists of:", ["– EUR 20 million for mortars produced by Ukrainian industry under the Portuguese scheme;", "– 2 radar stations."]],
  ])("%s", (opening, frame, lines) => {
    const own = claimsOf(page(opening, frame, lines)).filter((c) => c.kind === "transfer" && c.evidence.text === lines[0]);
    expect(own.filter((c) => c.supplier === "UKR")).toEqual([]);
  });
});

describe("a participle glued by a hyphen ('Truck-Mounted') is part of a listed thing's name, no verb that ends the list", () => {
  it.each([
    ["Shoulder-Fired anti-aircraft missiles", "missiles-other"],
    ["Laser-Guided artillery rounds", "artillery-ammunition"],
    ["Truck-Mounted air defence systems", "air-defence-systems"],
  ])("%s", (line, item) => {
    const claims = claimsOf(`Canberra unveiled a new package for Ukraine on Friday.\n\nAlso in the package are:\n\n${line}\n30 armoured vehicles\n`).filter((c) => c.kind === "transfer");
    expect(claims.filter((c) => c.evidence.text === line).map((c) => [c.supplier, c.recipient, c.item])).toContainEqual(["AUS", "UKR", item]);
    expect(claims.filter((c) => c.evidence.text === "30 armoured vehicles").map((c) => c.quantity?.value)).toContain(30);
  });
});

describe("a frame that ends in a colon with no package before it opens no list", () => {
  it("lines after a bare 'It includes:' name no flow", () => {
    const claims = claimsOf("The weather in Oslo was cold on Monday.\n\nIt includes:\n\n- 24 mortar systems;\n- 8 armoured ambulances.\n");
    expect(claims.filter((c) => c.kind === "transfer")).toEqual([]);
  });
});
