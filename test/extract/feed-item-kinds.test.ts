// A saved feed's item is a report of its own (docs/formats.md): its title sums up its text, and a title that names the
// flow its text tells in full is no claim of its own; each item's claim is dated by the item. Phrasings of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const feed = (title: string, body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Probe Feed</title>\n<item><title>${title}</title><pubDate>Tue, 11 Mar 2025 10:00:00 GMT</pubDate><description><![CDATA[<p>${body}</p>]]></description></item>\n</channel></rss>\n`;

const claimsOf = (title: string, body: string) =>
  processDocument({ path: "feed.txt", bytes: Buffer.from(feed(title, body)), meta: { id: "feed", outlet: "Probe Feed", published: "2025-03-20" } as never }).claims;

describe("a feed item's title that retells its text's flow gives no second claim", () => {
  it.each([
    ["Kuwait cleared to buy twelve MQ-9B drones", "The US State Department on 4 March approved the sale of twelve MQ-9B Reaper drones to Kuwait, the first such approval for a Gulf state.", "USA", "KWT"],
    ["Oman cleared to buy six MQ-9B drones", "The US State Department on 5 March approved the sale of six MQ-9B Reaper drones to Oman, the second such approval for a Gulf state.", "USA", "OMN"],
    ["Bahrain cleared to buy four MQ-9B drones", "The US State Department on 6 March approved the sale of four MQ-9B Reaper drones to Bahrain, the third such approval for a Gulf state.", "USA", "BHR"],
  ])("%s", (title, body, supplier, recipient) => {
    const found = claimsOf(title, body).filter((c) => c.kind === "transfer" && c.supplier === supplier && c.recipient === recipient && c.quantity?.unit !== "usd");
    expect(found.map((c) => c.evidence.text)).toEqual([body]);
  });
});
