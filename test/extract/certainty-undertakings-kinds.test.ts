// A giver bound or set to hand goods over, whose handover is still ahead, keeps the transfer `possible`: a state
// that "is to give" or "is to lend" goods, a lot "meant to leave" or "due over" coming years, a leader who "had
// undertaken to supply", a giver "committed to handing" goods, a transfer "under discussion", a sale the government
// "notified Congress of", and a decision to send told across a line break.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function certaintiesOf(page: string) {
  const doc = processDocument({ path: "certainty-undertakings.txt", bytes: new TextEncoder().encode(`Defence news\n\n${page}\n`), meta: { id: "certainty-undertakings", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ supplier: c.supplier, recipient: c.recipient, certainty: c.certainty }));
}

describe("undertakings and handovers still ahead are possible", () => {
  it.each([
    ["Norway is to give Ukraine twelve howitzers, its defence minister said on Monday.", "NOR", "UKR"],
    ["Spain is to lend Latvia four radars for the summer, the Spanish defence ministry said.", "ESP", "LVA"],
    ["Japan is to donate 300 trucks to the Philippines, the Japanese embassy said.", "JPN", "PHL"],
    ["The Swedish premier had undertaken to supply Ukraine with 40 tanks by next spring.", "SWE", "UKR"],
    ["Italy has undertaken to send Albania six patrol boats, the Italian defence minister said.", "ITA", "ALB"],
    ["France undertook to deliver Armenia 20 howitzers before winter, the French minister said.", "FRA", "ARM"],
    ["Finland has committed to handing Estonia eight guns by 2026, the Finnish minister said.", "FIN", "EST"],
    ["Canada has committed to lending Latvia two radars next year, the Canadian minister said.", "CAN", "LVA"],
    ["Germany is committed to shipping Lithuania 40 tanks by 2027, the German minister said.", "DEU", "LTU"],
    ["Seoul's spy agency said the North had decided\nto send about 5,000 soldiers to Russia.", "PRK", "RUS"],
    ["Berlin has decided\nto supply Kyiv with four Patriot launchers, the German minister said.", "DEU", "UKR"],
    ["The Dutch minister said the Netherlands decided to\nlend Ukraine six jets for training.", "NLD", "UKR"],
  ])("possible: %s", (page, supplier, recipient) => {
    expect(certaintiesOf(page)).toContainEqual({ supplier, recipient, certainty: "possible" });
  });

  it.each([
    ["Of the sixty tanks Poland is sending Ukraine, ten are meant to leave Gdansk in June, the Polish minister said.", "POL", "UKR"],
    ["The last 30 jets Norway sells Romania are due over 2027 and 2028, the Norwegian ministry said.", "NOR", "ROU"],
    ["Twelve guns Spain is selling Peru are due during the coming year, the Spanish ministry said.", "ESP", "PER"],
    ["A transfer of four frigates from Spain to Chile is under discussion, the Spanish minister said.", "ESP", "CHL"],
    ["The sale of 20 Italian tanks to Egypt is under consideration, the Italian minister said.", "ITA", "EGY"],
    ["The United States notified Congress of a sale to Morocco of forty Abrams tanks, the Pentagon said.", "USA", "MAR"],
    ["Washington notified Congress of the sale of 12 Black Hawk helicopters to Chile on Friday.", "USA", "CHL"],
    ["Washington notified Congress of a sale to Chile of twelve Black Hawk helicopters, the Pentagon said.", "USA", "CHL"],
  ])("possible, the lot still ahead: %s", (page, supplier, recipient) => {
    expect(certaintiesOf(page)).toContainEqual({ supplier, recipient, certainty: "possible" });
  });

  it("a handover told as done keeps its plain word", () => {
    expect(certaintiesOf("Norway gave Ukraine twelve howitzers last year, its defence minister said on Monday.")).toContainEqual({ supplier: "NOR", recipient: "UKR", certainty: "asserted" });
  });
});
