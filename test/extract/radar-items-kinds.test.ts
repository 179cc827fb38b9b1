// A radar is no gun or launcher: SCHEMA.md has no item of its own for it, so a bare "radars" is
// weapons-unspecified, counted in items (an air-defence radar stays air-defence-systems; a radar plane is aircraft).
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "radar.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "radar", outlet: "Probe Wire", published: "2024-03-07" } as never })
    .claims.filter((c) => c.kind === "transfer")
    .map((c) => `${c.item} ${c.quantity?.value ?? ""} ${c.quantity?.unit ?? ""}`.trim());

describe("radars are weapons-unspecified, counted in items", () => {
  it.each([
    ["Italy shipped six radars to Kenya in May.", "weapons-unspecified 6 items"],
    ["Lithuania has handed four more radars to Ukraine, its defence minister said.", "weapons-unspecified 4 items"],
    ["Seoul will deliver twelve radars to Peru next year.", "weapons-unspecified 12 items"],
  ])("%s", (text, claim) => {
    expect(claimsOf(text)).toEqual([claim]);
  });

  it("an air-surveillance radar is air-defence gear", () => {
    expect(claimsOf("Madrid sold eight air-surveillance radars to Chile.")).toEqual(["air-defence-systems 8 items"]);
  });

  it("a radar plane is an aircraft", () => {
    expect(claimsOf("Norway gave two radar planes to Poland.")).toEqual(["aircraft 2 aircraft"]);
  });
});
