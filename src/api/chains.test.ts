import { describe, expect, it } from "vitest";
import { groupChains } from "./chains.js";

describe("groupChains", () => {
  it("counts the reports that took one path, and puts circular paths first", () => {
    const chains = groupChains([
      { statement: "s1", doc: "d1", chain: ["Minister", "Wire A", "Paper B"], circular: false },
      { statement: "s2", doc: "d2", chain: ["Minister", "Wire A", "Paper B"], circular: false },
      { statement: "s1", doc: "d3", chain: ["Paper B", "Wire A", "Paper C"], circular: true },
    ]);
    expect(chains.map((c) => [c.links.join(" > "), c.circular, c.reports, c.statements.length])).toEqual([
      ["Paper B > Wire A > Paper C", true, 1, 1],
      ["Minister > Wire A > Paper B", false, 2, 2],
    ]);
  });

  it("gives nothing for no chains", () => {
    expect(groupChains([])).toEqual([]);
  });
});
