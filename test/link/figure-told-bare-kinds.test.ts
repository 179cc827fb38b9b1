// One person's figure, retold weeks or months later in a sentence that tells the number though the claim reads no
// figure of its own (the number before a model name the reading takes for no unit, a share, "the last of the 36"),
// is that person's statement. Another number, another person or another thing stays apart. All reports are our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { exactly as q } from "./helpers.js";
import { bareTransfer, statementsOfTwo } from "./support/two-reports.js";

interface Case {
  first: string;
  later: string;
  speakers: [string, string];
  item: Claim["item"];
  quantity: Claim["quantity"];
  days: [string, string, string];
}

const cases: Case[] = [
  {
    first: "Pyongyang has handed Moscow 130 Kestrel howitzers since the summer, intelligence head Marek Dolan said on Monday.",
    later: "Dolan said back then that the North had sent Russia 130 Kestrels since the summer.",
    speakers: ["Marek Dolan", "Dolan"],
    item: "artillery-systems",
    quantity: q(130, "systems"),
    days: ["2025-02-10", "2025-02-11", "2025-06-30"],
  },
  {
    first: "Minister Ilse Varga put Beijing's share of Moscow's imports of machine parts at 85 percent.",
    later: "For machine parts, the share Ilse Varga gave was 85%.",
    speakers: ["Ilse Varga", "Ilse Varga"],
    item: "dual-use-goods",
    quantity: q(85, "percent"),
    days: ["2024-03-04", "2024-03-05", "2024-08-19"],
  },
  {
    first: "Minister Tomas Lind said on Thursday that Oslo will send Kyiv 36 Falcon jets.",
    later: "Tomas Lind said the last of the 36 Falcons his government promised are now with Kyiv's air force.",
    speakers: ["Tomas Lind", "Tomas Lind"],
    item: "aircraft",
    quantity: q(36, "aircraft"),
    days: ["2025-01-09", "2025-01-10", "2025-05-02"],
  },
];

function link(c: Case, change: { later?: string; speaker?: string; item?: Claim["item"] } = {}) {
  return statementsOfTwo(
    { ...bareTransfer("PRK", "RUS", c.item), outlet: "Lakeshore Courier", published: c.days[1], evidence: c.first, source: { speaker: c.speakers[0], org: null, country: null }, quantity: c.quantity, stated: c.days[0] },
    { ...bareTransfer("PRK", "RUS", change.item ?? c.item), outlet: "Upland Gazette", published: c.days[2], evidence: change.later ?? c.later, source: { speaker: change.speaker ?? c.speakers[1], org: null, country: null } },
  );
}

describe("one person's figure retold bare, the number in the sentence", () => {
  it.each(cases)("$later", (c) => {
    const [a, b] = link(c);
    expect(b).toBe(a);
  });

  it.each(cases)("another number stays apart: $later", (c) => {
    const [a, b] = link(c, { later: c.later.replace(/\d+/, (d) => String(Number(d) * 2 + 7)) });
    expect(b).not.toBe(a);
  });

  it.each(cases)("another person stays apart: $later", (c) => {
    const [a, b] = link(c, { speaker: "Anneli Rask" });
    expect(b).not.toBe(a);
  });

  it("another thing stays apart", () => {
    const [a, b] = link(cases[0], { item: "drones" });
    expect(b).not.toBe(a);
  });
});
