import { describe, expect, it } from "vitest";
import { sourceKind } from "../../src/store/sources.js";

describe("the kind of a source whose words are its own page's", () => {
  it.each([
    ["U.S. Department of State", "USA"],
    ["Ministry of Defence of Latvia", "LVA"],
    ["White House", "USA"],
  ])("a government body's own page (%s) is the government, not the press", (org, country) => {
    expect(sourceKind({ speaker: null, org, country }, org)).toBe("government");
  });

  it("an intelligence body's own page is intelligence", () => {
    expect(sourceKind({ speaker: null, org: "Defence Intelligence of Ukraine", country: "UKR" }, "Defence Intelligence of Ukraine")).toBe("intelligence");
  });

  it.each(["Reuters", "Kestrel Review", "Yonhap"])("a news outlet's own voice (%s) stays the press", (org) => {
    expect(sourceKind({ speaker: null, org, country: null }, org)).toBe("media");
  });
});
