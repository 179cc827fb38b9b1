import { expect, it } from "vitest";
import { itemsInScope, sameScope } from "./knowledge.js";

it("relates an item to the broader items it falls under and the narrower ones under it, never to a sibling", () => {
  expect(itemsInScope("artillery-ammunition").sort()).toEqual(["ammunition", "artillery-ammunition", "weapons-unspecified"]);
  expect(itemsInScope("ammunition")).toContain("artillery-ammunition");
  expect(sameScope("ammunition", "artillery-ammunition")).toBe(true);
  expect(sameScope("drones", "artillery-ammunition")).toBe(false);
  expect(sameScope("food", "food")).toBe(true);
  expect(itemsInScope("oil-fuel")).toEqual(["oil-fuel"]);
});
