import { expect, it } from "vitest";
import { isGenericSource, nameTokens, sameSpeaker, sourceKey } from "./sources.js";

it("matches speakers by a shared name word, titles aside, hyphenated given names whole", () => {
  expect(sameSpeaker("Shin Won-sik", "Minister Shin")).toBe(true);
  expect(sameSpeaker("Shin Won-sik", "Kim Won-hong")).toBe(false);
  expect(sameSpeaker("Defence Minister Hwang", "President Yoon")).toBe(false);
  expect([...nameTokens("Gen. Kyrylo Budanov")]).toEqual(["kyrylo", "budanov"]);
  expect(sourceKey({ speaker: null, org: "The White House", country: "USA" })).toBe(sourceKey({ speaker: null, org: "White House", country: "USA" }));
});

it("knows a placeholder for an unnamed source from a named one", () => {
  const org = (o: string, country: string | null = null) => ({ speaker: null, org: o, country });
  for (const g of ["report", "Media", "officials", "Media reports", "the report", "Western intelligence"]) expect(isGenericSource(org(g)), g).toBe(true);
  for (const n of ["Yonhap", "Multilateral Sanctions Monitoring Team", "Harbour Post"]) expect(isGenericSource(org(n)), n).toBe(false);
  expect(isGenericSource(org("officials", "USA"))).toBe(false); // a state's officials are a source of that state
  expect(isGenericSource({ speaker: "Kang Min-jun", org: "report", country: null })).toBe(false);
});

it("keys one body alike however its initials are dotted", () => {
  const key = (org: string) => sourceKey({ speaker: null, org, country: "USA" });
  expect(key("U.S. Department of State")).toBe(key("US Department of State"));
  expect(key("the U.K. Ministry of Defence")).toBe(key("UK Ministry of Defence"));
  expect(key("U.S. Department of State")).not.toBe(key("Department of State of Utah"));
});
