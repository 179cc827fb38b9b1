import { expect, it } from "vitest";
import { canonicalSource } from "./canonical-source.js";

const key = (speaker: string | null, org: string | null, country: string | null = null) => canonicalSource({ speaker, org, country });

it("gives a person one key across full names, titles and surnames", () => {
  expect(key("Defence Minister Shin", null, "KOR")).toBe(key("Shin Won-sik", "South Korean Ministry of National Defense", "KOR"));
  expect(key("Minister Shin", null)).toBe(key("Shin Won-sik", null, "KOR"));
  expect(key("Gen. Kyrylo Budanov", null)).toBe(key("Kyrylo Budanov", null));
  expect(key("Shin Won-sik", null)).not.toBe(key("Kim Won-hong", null));
});

it("gives an intelligence service one key by name, initials or a common noun beside its state", () => {
  const nis = key(null, "National Intelligence Service", "KOR");
  for (const o of ["the NIS", "South Korea's spy agency", "South Korean intelligence", "the South Korean intelligence service"]) expect(key(null, o, "KOR"), o).toBe(nis);
  // The military's own intelligence is another body.
  expect(key(null, "South Korea's military intelligence", "KOR")).toBe(key(null, "South Korean Defense Intelligence Agency", "KOR"));
  expect(key(null, "South Korea's military intelligence", "KOR")).not.toBe(nis);
});

it("gives a ministry one key across the state's name, its adjective and the body's own name", () => {
  const mnd = key(null, "South Korean Ministry of National Defense", "KOR");
  for (const o of ["South Korea's defence ministry", "the South Korean Defense Ministry", "South Korea's defence minister"]) expect(key(null, o, "KOR"), o).toBe(mnd);
  expect(key(null, "US State Department", "USA")).toBe(key(null, "U.S. Department of State", "USA"));
  expect(key(null, "the Pentagon", "USA")).toBe(key(null, "US Department of Defense", "USA"));
  expect(key(null, "Russian Ministry of Defence", "RUS")).not.toBe(mnd);
});

it("gives an outlet one key with or without its accents and city", () => {
  expect(key(null, "Munchner Merkur")).toBe(key(null, "Merkur"));
  expect(key(null, "Münchner Merkur")).toBe(key(null, "Merkur"));
  expect(key(null, "The Merkur")).toBe(key(null, "Merkur"));
});
