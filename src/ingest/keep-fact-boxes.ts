import boilerplateData from "../knowledge/boilerplate.json" with { type: "json" };

/** An aside's class name that marks a box of the report's own facts (boilerplate.json, factBoxClasses). */
const FACT_BOX = new RegExp(boilerplateData.factBoxClasses, "iu");

/**
 * Turns each fact box of the page (an `<aside>` whose class names it one: "fact", "key-points", "infobox") into a
 * plain `<div>` in place, so that article extraction, which drops every aside, reads its facts with the article.
 * Other asides (related stories, polls, service strips) are left for extraction to drop.
 * `<aside class="fact"><p>Oslo has sent two radars.</p></aside>` → `<div class="fact"><p>Oslo has sent two radars.</p></div>`
 * Returns how many boxes were kept.
 */
export function keepFactBoxes(document: Document): number {
  let kept = 0;
  for (const aside of Array.from(document.querySelectorAll("aside"))) {
    const names = (aside.getAttribute("class") ?? "").split(/\s+/).filter(Boolean);
    if (!names.some((n) => FACT_BOX.test(n))) continue;
    const div = document.createElement("div");
    div.setAttribute("class", aside.getAttribute("class") ?? "");
    while (aside.firstChild) div.appendChild(aside.firstChild);
    aside.replaceWith(div);
    kept++;
  }
  return kept;
}
