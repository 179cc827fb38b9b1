import { describe, expect, it } from "vitest";
import { blockText, parsePage, plainText } from "./html-text.js";

const text = (html: string) => blockText(parsePage(html).body as unknown as Parameters<typeof blockText>[0]);

describe("blockText", () => {
  it("puts one block per paragraph and keeps inline elements inline", () => {
    expect(text("<div><p>Tanks <b>left</b> Riga.</p><ul><li>One</li><li>Two</li></ul></div>")).toBe("Tanks left Riga.\n\nOne\n\nTwo");
  });
  it("turns <br> into a line break inside the paragraph", () => {
    expect(text("<p>First line<br>second line<br><br>third</p>")).toBe("First line\nsecond line\nthird");
  });
  it("never lets scripts, styles or attributes reach the text", () => {
    const out = text(`<p onclick="alert(1)">Safe <script>alert(2)</script><style>p{}</style><a href="javascript:alert(3)">link</a></p>`);
    expect(out).toBe("Safe link");
  });
  it("reads a bare fragment", () => {
    expect(text("<p>Only this.</p>")).toBe("Only this.");
  });
});

describe("plainText", () => {
  it("drops tags and script bodies from a title", () => {
    expect(plainText("<script>alert('x')</script><b>Aid</b> to Kyiv")).toBe("Aid to Kyiv");
  });
});
