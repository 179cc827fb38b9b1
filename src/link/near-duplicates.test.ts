import { expect, it } from "vitest";
import { groupNearDuplicates, minhash, similarity } from "./near-duplicates.js";

const wire =
  "Seoul said on Tuesday that Pyongyang had shipped several thousand containers of munitions to Moscow since the autumn, " +
  "citing satellite imagery and port records examined by its intelligence service over the past five months.";

it("groups lightly edited copies of one wire story and keeps other stories apart", () => {
  const texts = new Map([
    ["wire", wire],
    ["copy", wire.replace("on Tuesday", "on Tuesday, local time,") + " Reporting by our staff."],
    ["other", "Berlin approved a new package of air defence systems for Kyiv after a cabinet meeting that lasted late into the night."],
  ]);
  const g = groupNearDuplicates(texts);
  expect(g.get("wire")).toBe("wire");
  expect(g.get("copy")).toBe("wire");
  expect(g.get("other")).toBeNull();
  expect(similarity(minhash(wire), minhash(wire))).toBe(1);
});
