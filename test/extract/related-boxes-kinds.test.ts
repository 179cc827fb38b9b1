// A web page's "Read also" / "Related" box links to other reports; article extraction drops the box, yet each
// linked headline is a report of its own and carries its claims (with no date), as in a text page. On a web page a
// "More from the desk" list of other stories is such a box too (its headlines are read as reports of their own). A box is read for what moves: a works or a satellite it names is
// no claim of the page that links to it. Pages of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const article = `<h1>Harbour cranes idle as dock strike enters second week</h1>
<p>Dock workers at the port walked out again on Monday, union leaders said, in a dispute over night shifts.</p>
<p>Shipping lines have begun diverting container traffic to other ports along the coast, a port spokesman said.</p>
<p>The strike has left hundreds of trucks waiting outside the gates, and talks are set to resume on Thursday.</p>`;

const page = (box: string) => `<!DOCTYPE html><html><head><title>Dock strike</title></head><body><main><article>${article}</article>${box}</main></body></html>`;

const claimsOf = (html: string): Claim[] =>
  processDocument({ path: "box.html", bytes: Buffer.from(html), meta: { id: "box", outlet: "Probe Wire", published: "2025-03-04" } as never }).claims;

const core = (c: Claim) => `${c.supplier}>${c.recipient} ${c.item}`;

describe("the headlines of a related box are reports of their own", () => {
  it.each([
    [`<aside class="see-also"><h3>Read also</h3><ul><li><a href="/a">Finland to send eight more howitzers to Ukraine</a></li><li><a href="/b">Ferry fares rise again</a></li></ul></aside>`, "FIN>UKR artillery-systems"],
    [`<div class="box"><p><strong>RELATED COVERAGE</strong></p><p><a href="#">Chile buys two frigates from Britain</a></p></div>`, "GBR>CHL naval"],
    [`<div class="promo"><b>Read also:</b> <a href="/c">Portugal delivers anti-tank missiles to Ukraine</a></div>`, "PRT>UKR missiles-other"],
  ])("%s", (box, expected) => {
    const claims = claimsOf(page(box));
    expect(claims.map(core)).toContain(expected);
    // (A box has no date of its own: its claims end nowhere.)
    expect(claims.filter((c) => core(c) === expected).every((c) => c.period?.end == null)).toBe(true);
  });

  it("a list of more stories from the desk is read as such a box", () => {
    const box = `<section class="more"><h3>More from Defence</h3><ul><li><a href="/d">Finland to send eight more howitzers to Ukraine</a></li></ul></section>`;
    expect(claimsOf(page(box)).map(core)).toContain("FIN>UKR artillery-systems");
  });

  it.each([
    "Read also: Iran's drone factory near Isfahan doubles its output",
    "Related: Serbian factory now turns out 40,000 shells a month",
    "Read more: North Korea's new spy satellite is working, Pyongyang says",
  ])("%s", (line) => {
    const text = `Ferry fares rise again\n\nFerry operators raised fares by a tenth on Monday, the transport ministry said.\n\n${line}\n`;
    const claims = processDocument({ path: "box.txt", bytes: Buffer.from(text), meta: { id: "box", outlet: "Probe Wire", published: "2025-03-04" } as never }).claims;
    expect(claims).toEqual([]);
  });

  it.each([
    ["Read also: Finland to send eight more howitzers to Ukraine next year", "2026"],
    ["Related: Chile to buy two frigates from Britain in 2027", "2027"],
    ["Read also: Portugal delivered anti-tank missiles to Ukraine last month", "2025-02"],
  ])("a box's own time is read against the page's day: %s", (line, start) => {
    const text = `Ferry fares rise again\n\nFerry operators raised fares by a tenth on Monday, the transport ministry said.\n\n${line}\n`;
    const claims = processDocument({ path: "box.txt", bytes: Buffer.from(text), meta: { id: "box", outlet: "Probe Wire", published: "2025-03-04" } as never }).claims.filter((c) => c.kind === "transfer");
    expect(claims.map((c) => c.period?.start ?? null)).toContain(start);
  });
});
