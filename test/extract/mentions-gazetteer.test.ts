import { describe, expect, it } from "vitest";
import { BODIES, GENERIC_NOUNS, OUTLETS, PEOPLE, STATES, findBody, findPerson, outletByName, stateByIso3, stateName } from "../../src/knowledge/gazetteer.js";
import { compileGazetteer } from "../../src/extract/recognise-mentions.js";

describe("gazetteer data", () => {
  it("has every sovereign state once, by a unique three-letter ISO code", () => {
    const codes = STATES.map((s) => s.iso3);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c).toMatch(/^[A-Z]{3}$/);
    for (const s of STATES) expect(s.id).toBe(s.iso3);
    expect(STATES.length).toBeGreaterThanOrEqual(197); // 193 UN members + Taiwan, Kosovo, Palestine, the Holy See
    for (const c of ["TWN", "XKX", "PSE", "VAT", "PRK", "KOR"]) expect(codes).toContain(c);
  });

  it("keeps ids unique across people, bodies and outlets", () => {
    for (const list of [PEOPLE, BODIES, OUTLETS]) expect(new Set(list.map((x) => x.id)).size).toBe(list.length);
  });

  it("ties every person to an existing body and state", () => {
    expect(PEOPLE.length).toBeGreaterThanOrEqual(80);
    for (const p of PEOPLE) {
      expect(findBody(p.org), `${p.id} → ${p.org}`).toBeDefined();
      if (p.state) expect(stateByIso3(p.state), p.id).toBeDefined();
      else expect(findBody(p.org)?.state, p.id).toBeNull();
    }
  });

  it("gives bodies a known kind, state and generic noun set; UN and EU are bodies, not states", () => {
    const kinds = ["government", "ministry", "intelligence", "military", "international", "legislature", "prosecutor"];
    for (const b of BODIES) {
      expect(kinds, b.id).toContain(b.kind);
      if (b.state) expect(stateByIso3(b.state), b.id).toBeDefined();
      else expect(b.kind, b.id).toBe("international");
      if (b.generic) expect(GENERIC_NOUNS[b.generic], b.id).toBeDefined();
    }
    expect(findBody("un")?.state).toBeNull();
    expect(findBody("eu")?.kind).toBe("international");
    expect(STATES.some((s) => s.name === "European Union" || s.aliases.includes("UN"))).toBe(false);
  });

  it("covers each main state with at least three people or bodies", () => {
    for (const iso of ["PRK", "RUS", "KOR", "USA", "UKR", "IRN", "CHN", "BLR", "JPN"]) {
      const n = PEOPLE.filter((p) => p.state === iso).length + BODIES.filter((b) => b.state === iso).length;
      expect(n, iso).toBeGreaterThanOrEqual(3);
    }
  });

  it("names the people of the facts file", () => {
    for (const id of ["shin-won-sik", "dmitry-peskov", "john-kirby", "andriy-kostin", "kyrylo-budanov", "vedant-patel", "david-lammy", "kim-yo-jong", "yuri-ushakov"])
      expect(findPerson(id), id).toBeDefined();
  });

  it("compiles with no ambiguous surface form", () => {
    expect(compileGazetteer().ambiguous).toEqual([]);
  });
});

describe("gazetteer lookups", () => {
  it("finds states by code, in any case", () => {
    expect(stateByIso3("prk")?.name).toBe("North Korea");
    expect(stateName("KOR")).toBe("South Korea");
    expect(stateName("XXX")).toBeNull();
    expect(stateByIso3("RUS")?.adjectives).toContain("Russian");
    expect(stateByIso3("PRK")?.weakAliases).toContain("the North");
    expect(stateByIso3("PRK")?.aliases).not.toContain("the North");
  });

  it("finds people and bodies by id", () => {
    expect(findPerson("shin-won-sik")).toMatchObject({ name: "Shin Won-sik", org: "kor-mnd", state: "KOR" });
    expect(findBody("kor-mnd")?.name).toBe("South Korean Ministry of National Defense");
    expect(findBody("nope")).toBeUndefined();
  });

  it("finds outlets by name or alias, in any case, with or without 'The'", () => {
    expect(outletByName("yonhap news agency")?.id).toBe("yonhap");
    expect(outletByName("KCNA")?.kind).toBe("state-media");
    expect(outletByName("the washington post")?.id).toBe("washington-post");
    expect(outletByName("Washington Post")?.id).toBe("washington-post");
    expect(outletByName("Kyiv Independent")?.id).toBe("kyiv-independent");
    expect(outletByName("US media")).toMatchObject({ kind: "media", country: "USA" });
    expect(outletByName("Nowhere Gazette")).toBeUndefined();
  });

  it("knows the outlets of the dev reports' metadata", () => {
    for (const name of ["Al Arabiya English", "Pledge Times", "RBC-Ukraine", "The Straits Times", "Ukrainska Pravda", "UAWire", "EU Today"])
      expect(outletByName(name), name).toBeDefined();
  });
});
