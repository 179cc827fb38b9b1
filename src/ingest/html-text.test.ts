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
  it("leaves out figure captions, whatever they say", () => {
    expect(text("<p>Shells left by rail.</p><figure><img src=a.jpg><figcaption>Poland hands Ukraine a howitzer. Photo: J. Roe</figcaption></figure><p>More followed.</p>")).toBe("Shells left by rail.\n\nMore followed.");
    expect(text("<figure><figcaption>Iranian drones on a Russian airfield</figcaption></figure><p>Kyiv said so.</p>")).toBe("Kyiv said so.");
    expect(text("<p>Aid rose.</p><figure><figcaption><span>A Korean freighter docks in Vostochny</span> <em>(Reuters)</em></figcaption></figure>")).toBe("Aid rose.");
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
