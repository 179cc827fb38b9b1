import type { Amount } from "../../core/document.js";
import numbers from "../../knowledge/numbers.json" with { type: "json" };

// The words of works and sites (numbers.json, investmentSites): "plant", "factories", "production lines".
const sites = (numbers.investmentSites as string[]).filter((w) => !/^(?:expansion|upgrade|moderni[sz]ation)$/.test(w));
const siteAtEnd = new RegExp(`\\b(?:${sites.map((w) => w.replace(/\s+/g, "\\s+")).join("|")})$`, "i");
const siteNext = new RegExp(`^\\s+(?:[\\p{L}-]+\\s+)?(?:${sites.map((w) => w.replace(/\s+/g, "\\s+")).join("|")})\\b`, "iu");

/**
 * Whether a count is of works, not of the goods they make: "two munitions plants", "three drone factories",
 * "four new shell production lines". The goods word only names what the works make; the count is not an
 * amount of goods moved (the goods word may still tell a transfer, without this figure).
 */
export function worksCount(text: string, amount: Amount): boolean {
  if (!amount.noun || !amount.nounSpan) return false;
  if (siteAtEnd.test(amount.noun.trim())) return true;
  return siteNext.test(text.slice(amount.nounSpan.end, amount.nounSpan.end + 40));
}
