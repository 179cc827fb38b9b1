import { expect, it } from "vitest";
import { nameTokens, sameSpeaker, sourceKey } from "./sources.js";

it("matches speakers by a shared name word, titles aside, hyphenated given names whole", () => {
  expect(sameSpeaker("Shin Won-sik", "Minister Shin")).toBe(true);
  expect(sameSpeaker("Shin Won-sik", "Kim Won-hong")).toBe(false);
  expect(sameSpeaker("Defence Minister Hwang", "President Yoon")).toBe(false);
  expect([...nameTokens("Gen. Kyrylo Budanov")]).toEqual(["kyrylo", "budanov"]);
  expect(sourceKey({ speaker: null, org: "The White House", country: "USA" })).toBe("org:white house");
});
