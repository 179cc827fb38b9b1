import { describe, expect, it } from "vitest";
import { caseMask, keyOf, letters } from "./matcher.js";

describe("caseMask", () => {
  it("asks capitals of proper names, exact acronyms, and nothing of role words", () => {
    expect(caseMask("Shin Won-sik", false)).toBe("U...U.....");
    expect(caseMask("NIS director", true)).toBe("EEE........");
    expect(caseMask("U.S.", false)).toBe("EE");
    expect(caseMask("the North", false)).toBe("...U....");
    expect(caseMask("Ministry of Defence", true)).toBe(".".repeat(17));
  });
});

describe("letters and keyOf", () => {
  it("keep letters and digits only, so spellings with hyphens, spaces and dots meet", () => {
    expect(letters("Côte d'Ivoire")).toBe("CôtedIvoire");
    expect(keyOf("Shin Won-sik")).toBe(keyOf("Shin Wonsik"));
    expect(keyOf("U.S.")).toBe(keyOf("US"));
    expect(keyOf("G-7")).toBe("g7");
  });
});
