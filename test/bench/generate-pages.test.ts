import { describe, expect, it } from "vitest";
import { generateCrawl, type Page } from "../../bench/generate-pages.js";
import { readDocument } from "../../src/ingest/index.js";

// The benchmarks' pages must repeat sentences about as rarely as real reports do: a crawl whose sentences come back
// page after page makes every cache by text look better than it is on a real crawl. Sentences are counted as the
// ingest splits them (menus, bylines and footers are boilerplate, not sentences); reprints of a whole page under
// another outlet (5 % of pages) repeat, as they do in a real crawl.
function repeatShare(pages: Iterable<Page>): { sentences: number; share: number } {
  const seen = new Set<string>();
  let sentences = 0;
  for (const p of pages) {
    const doc = readDocument({ path: `${p.id}.${p.ext}`, bytes: Buffer.from(p.body), meta: p.meta });
    for (const s of doc.sentences) {
      sentences++;
      seen.add(doc.text.slice(s.span.start, s.span.end));
    }
  }
  return { sentences, share: 1 - seen.size / sentences };
}

describe("generate-pages", () => {
  it("repeats fewer than one sentence in ten on a general crawl", () => {
    const { sentences, share } = repeatShare(generateCrawl({ mb: 0.4, onTopic: 0.1, seed: 7 }));
    expect(sentences).toBeGreaterThan(2000);
    expect(share).toBeLessThan(0.1);
  });

  it("repeats fewer than one sentence in ten on on-topic pages", () => {
    const { sentences, share } = repeatShare(generateCrawl({ mb: 0.2, onTopic: 1, seed: 8 }));
    expect(sentences).toBeGreaterThan(1000);
    expect(share).toBeLessThan(0.1);
  });

  it("repeats almost nothing when no page is reprinted", () => {
    // With no reprints, what repeats is what the templates happen to draw twice.
    const { share } = repeatShare(generateCrawl({ mb: 0.2, onTopic: 0.5, seed: 9, reprints: 0 }));
    expect(share).toBeLessThan(0.03);
  });

  it("makes the same pages for the same seed, and other pages for another", () => {
    const a = [...generateCrawl({ mb: 0.05, onTopic: 0.5, seed: 4 })];
    const b = [...generateCrawl({ mb: 0.05, onTopic: 0.5, seed: 4 })];
    const c = [...generateCrawl({ mb: 0.05, onTopic: 0.5, seed: 5 })];
    expect(b).toEqual(a);
    expect(c.map((p) => p.body)).not.toEqual(a.map((p) => p.body));
  });
});
