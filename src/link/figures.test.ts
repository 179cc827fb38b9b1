import { describe, expect, it } from "vitest";
import type { Quantity } from "../core/claim.js";
import { figureCloseness } from "./figures.js";

const q = (p: Partial<Quantity>): Quantity => ({ value: null, min: null, max: null, unit: "containers", approx: false, ...p });

describe("figureCloseness", () => {
  it("takes a figure and its rounded, qualified retelling as one figure", () => {
    expect(figureCloseness(q({ value: 6700 }), q({ value: 6700, approx: true }))).toBe(1);
    expect(figureCloseness(q({ value: 6700 }), q({ value: 7000, approx: true }))).toBeGreaterThan(0.5);
    expect(figureCloseness(q({ value: 6700 }), q({ min: 6000 }))).not.toBeNull();
  });
  it("keeps figures apart beyond the tolerance, or in other units", () => {
    expect(figureCloseness(q({ value: 5000 }), q({ value: 6700 }))).toBeNull();
    expect(figureCloseness(q({ value: 6700 }), q({ value: 6700, unit: "rounds" }))).toBeNull();
    expect(figureCloseness(q({ value: 60000 }), q({ min: 6000 }))).toBeNull();
  });
  it("compares bounds by the ends they share", () => {
    expect(figureCloseness(q({ min: 2e6, unit: "rounds" }), q({ min: 2e6, unit: "rounds" }))).toBe(1);
    expect(figureCloseness(q({ min: 2e6, unit: "rounds" }), q({ min: 3e6, unit: "rounds" }))).toBeNull();
    expect(figureCloseness(q({ min: 10, max: 20 }), q({ value: 15 }))).not.toBeNull();
  });
});
