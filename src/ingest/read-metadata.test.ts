import { describe, expect, it } from "vitest";
import { htmlMetadata, isoDay, textMetadata } from "./read-metadata.js";

describe("isoDay", () => {
  it("keeps the written day of an ISO stamp and reads written dates", () => {
    expect(isoDay("2024-02-27T23:30:00+09:00")).toBe("2024-02-27");
    expect(isoDay("Tuesday, July 16, 2024 09:30:00 AM")).toBe("2024-07-16");
    expect(isoDay("3 March 2023")).toBe("2023-03-03");
    expect(isoDay("no date here")).toBeNull();
  });
});

describe("textMetadata", () => {
  it("reads a title line, a byline and a dateline from the top of a crawled text", () => {
    const meta = textMetadata("Menu\n\nPoland buys more howitzers from Korea\n\nBy Ewa Nowak and Jan Kim\nFriday, 12 April 2024\n\nThe deal was signed on Friday.");
    expect(meta).toMatchObject({ title: "Poland buys more howitzers from Korea", author: "Ewa Nowak and Jan Kim", published: "2024-04-12" });
  });
  it("reads a leading date prefix and takes no title from a first line that is a sentence", () => {
    expect(textMetadata("date 2023-11-02 Ankara sold drones to Kyiv, officials said.")).toEqual({ published: "2023-11-02" });
  });
});

describe("htmlMetadata", () => {
  it("reads Open Graph, meta author and JSON-LD in a @graph", () => {
    const html = `<html><head><title>T | Site</title><meta property="og:site_name" content="Site News">
      <script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"Oil for arms","datePublished":"2024-11-22T10:00:00Z","author":[{"name":"A. Writer"}]}]}</script>
      <script type="application/ld+json">{ broken</script></head><body><p>x</p></body></html>`;
    expect(htmlMetadata(html)).toEqual({ title: "Oil for arms", outlet: "Site News", author: "A. Writer", published: "2024-11-22" });
  });
  it("falls back to <time datetime> and the <title> without the site name", () => {
    const html = `<html><head><title>Grain to Egypt | Wire</title></head><body><time datetime="2024-06-01">June 1</time><p>x</p></body></html>`;
    expect(htmlMetadata(html)).toMatchObject({ title: "Grain to Egypt", published: "2024-06-01" });
  });
});
