import { expect, it } from "vitest";
import { itemsInScope, sameScope } from "./knowledge.js";

it("relates an item to the broader items it falls under and the narrower ones under it, never to a sibling", () => {
  expect(itemsInScope("artillery-ammunition").sort()).toEqual(["ammunition", "artillery-ammunition", "goods-unspecified", "weapons-unspecified"]);
  expect(itemsInScope("ammunition")).toContain("artillery-ammunition");
  expect(sameScope("ammunition", "artillery-ammunition")).toBe(true);
  expect(sameScope("drones", "artillery-ammunition")).toBe(false);
  expect(sameScope("food", "food")).toBe(true);
  expect(itemsInScope("oil-fuel").sort()).toEqual(["goods-unspecified", "oil-fuel"]);
});

it("lets cargo left unnamed be any cargo a retelling names, and nothing else", () => {
  for (const item of ["artillery-ammunition", "drones", "food", "oil-fuel", "troops"]) expect(sameScope("goods-unspecified", item)).toBe(true);
  expect(sameScope("food", "oil-fuel")).toBe(false);
  expect(sameScope("troops", "drones")).toBe(false);
});
