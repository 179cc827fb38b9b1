// A data note saved as text gives its rows as comma- or semicolon-separated lines under a header of column names
// (a CSV extract). Each row is read under its header, as a table's is: the columns say who gives and who gets,
// whatever order they stand in, and a row with both a count and a sum gives a claim of each (a table of sales:
// the sum is money the buyer pays). Read as running text, the rows ran together and their parties came out in
// column order, often the wrong way round.
import { describe, expect, it } from "vitest";
import { findItems } from "../../src/extract/claims/find-items.js";
import { processDocument } from "../../src/pipeline.js";

const read = (text: string) =>
  processDocument({ path: "note.txt", bytes: Buffer.from(text), meta: { id: "note", outlet: "Probe Ledger", published: "2025-03-01" } as never }).claims;

const keyed = (text: string) => read(text).map((c) => ({ key: `${c.supplier}|${c.recipient}|${c.item}`, value: c.quantity?.value ?? null, unit: c.quantity?.unit ?? null }));

describe("delimited rows of a data note are read under their header", () => {
  it.each([
    [
      "comma-separated, the receiver's column first",
      "REGIONAL HOLDINGS NOTE 7\nOur export register, in short.\n\nbuyer,seller,equipment,qty,year\nChile,Spain,Leopard 2 tanks,30,2021\nPeru,Norway,NASAMS air defence systems,4,2022\nEcuador,Brazil,Super Tucano aircraft,6,2023\n\nThe register is updated each spring.\n",
      [
        { key: "ESP|CHL|armoured-vehicles", value: 30, unit: "vehicles" },
        { key: "NOR|PER|air-defence-systems", value: 4, unit: "systems" },
        { key: "BRA|ECU|aircraft", value: 6, unit: "aircraft" },
      ],
    ],
    [
      "semicolon-separated contracts with a price and its currency",
      "PROCUREMENT DIGEST\nContracts signed by three navies.\n\ncontract date;exporter;importer;platform;number;value;currency\n2019-05-14;Germany;Egypt;Type 209 submarines;2;900000000;EUR\n2020-11-02;France;Greece;Rafale jets;18;2500000000;EUR\n2021-07-30;South Korea;Philippines;FA-50 aircraft;12;700000000;USD\n",
      [
        { key: "DEU|EGY|naval", value: 2, unit: "items" },
        { key: "EGY|DEU|money", value: 900000000, unit: "eur" },
        { key: "FRA|GRC|aircraft", value: 18, unit: "aircraft" },
        { key: "GRC|FRA|money", value: 2500000000, unit: "eur" },
        { key: "PHL|KOR|money", value: 700000000, unit: "usd" },
      ],
    ],
    [
      "quoted cells, and a value whose currency the header names",
      "APPROVALS FILE\nThe United States approved arms sales to Taiwan this year; each package stands below.\n\nrecipient,\"system, as notified\",quantity,value_usd,status\nTaiwan,\"HIMARS launchers, with pods\",18,500000000,approved\nTaiwan,\"Harpoon coastal systems, complete\",10,1200000000,approved\nTaiwan,\"MQ-9B drones, armed\",4,600000000,approved\n",
      [
        { key: "USA|TWN|artillery-systems", value: 18, unit: "systems" },
        { key: "USA|TWN|artillery-systems", value: 500000000, unit: "usd" },
        { key: "USA|TWN|drones", value: 4, unit: "drones" },
      ],
    ],
  ])("%s", (_, text, expected) => {
    const got = keyed(text);
    for (const e of expected) expect(got).toContainEqual(e);
    // No row gives its parties the wrong way round.
    for (const e of expected.filter((x) => !x.key.endsWith("|money"))) {
      const [s, r, item] = e.key.split("|");
      expect(got.map((g) => g.key)).not.toContain(`${r}|${s}|${item}`);
    }
  });
});

// A data note names the model as registered, its variant letters and all ("F-16C/D"), with no noun after it.
describe("a fighter's name with its variant letters is the aircraft", () => {
  it.each(["F-16C", "F-16D Block 52", "F-16C/D Block 70"])("%s", (name) => {
    expect(findItems(name, 0).map((i) => i.item)).toContain("aircraft");
  });
});
