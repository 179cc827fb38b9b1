import speechData from "../../knowledge/speech.json" with { type: "json" };

// "we judge", "our count", "by our estimate": the first person as the subject of a verb or the owner of a noun.
const firstPerson = new RegExp(`(?<![\\p{L}'’])(?:${speechData.pageFirstPerson.map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join("|")})\\s+(?:own\\s+)?\\p{Ll}`, "u");
// Quoted words are another's ("“We sent rifles,” she said"), whatever the page's voice.
const quoted = /[“"][^“”"]{0,600}[”"]|[“"][^“”"]{0,600}$/gu;

/**
 * Whether a sentence speaks in the first person outside any quotation: "we judge they have taken on ...",
 * "our partners at the BBC put it at 43". Told so on a page, "we" is the page's own organisation, not an
 * outlet or body its lead cited.
 *
 *     speaksAsPage("We judge they took on a million barrels.") -> true
 *     speaksAsPage("“We sent rifles,” she said.")              -> false
 */
export function speaksAsPage(text: string): boolean {
  return firstPerson.test(text.replace(quoted, " "));
}
