// A sentence that opens with a further lot still to come goes on with the transfer told before it: also where one who
// speaks opens it ("The ministry says four more are due next year"), and where a state is named only in the cause of
// the lot's timing ("... later than planned, because of the war in Ukraine").
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "lots.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "lots", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

const lotOf = (text: string, value: number) => claimsOf(text).find((c) => c.kind === "transfer" && c.quantity?.value === value);

describe("a further lot after one who speaks", () => {
  it.each([
    ["Belarus received six fighter jets from Russia this spring. The ministry says four more are due next year.", 4, "RUS", "BLR", "aircraft"],
    ["Serbia took delivery of 12 howitzers from France in January. Belgrade says eight more are due in the autumn.", 8, "FRA", "SRB", "artillery-systems"],
    ["Chile bought three frigates from Britain last year. The navy said on Monday that two more are due in 2025.", 2, "GBR", "CHL", "naval"],
  ])("%s", (text, value, supplier, recipient, item) => {
    const lot = lotOf(text, value);
    expect(lot).toBeDefined();
    expect([lot!.supplier, lot!.recipient, lot!.item, lot!.certainty]).toEqual([supplier, recipient, item, "possible"]);
  });
});

describe("a state named in the cause of a lot's timing is no party of it", () => {
  it.each([
    ["India has taken three of the five radar systems it ordered from Russia. The remaining two are due in 2026, later than planned, because of the fighting in Ukraine.", 2, "RUS", "IND"],
    ["Egypt has received 20 of the 30 jets it bought from France. The other ten are due next year, owing to delays at a supplier in Germany.", 10, "FRA", "EGY"],
    ["Vietnam received four patrol vessels from Japan in 2023. The last two are due in 2025 as a result of a strike at a yard in South Korea.", 2, "JPN", "VNM"],
  ])("%s", (text, value, supplier, recipient) => {
    const lot = lotOf(text, value);
    expect(lot).toBeDefined();
    expect([lot!.supplier, lot!.recipient, lot!.certainty]).toEqual([supplier, recipient, "possible"]);
  });
});

describe("a date after 'due' dates the lot due, not the saying", () => {
  it.each([
    ["Belarus received six fighter jets from Russia this spring. The ministry says four more are due next year.", 4, "2025"],
    ["Serbia took delivery of 12 howitzers from France in January. Belgrade says eight more are due next year.", 8, "2025"],
    ["Kenya received 20 armoured vehicles from Turkey in January. The army said ten more are due in 2025.", 10, "2025"],
  ])("%s", (text, value, start) => {
    const lot = lotOf(text, value);
    expect(lot).toBeDefined();
    expect(lot!.period?.start).toBe(start);
  });
});
