import data from "./priced-package.json" with { type: "json" };

const alt = (xs: readonly string[]) => xs.join("|");
for (const key of ["leads", "scales", "money", "nouns"] as const) if (!data[key].length) throw new Error(`priced-package.json: ${key} is empty`);
// (The number, its scale and the money joined by spaces or hyphens: "700 million dollar", "two-billion-dollar".)
const pricedLot = new RegExp(`(?:\\d|\\b(?:${alt(data.leads)}))[\\s-]+(?:${alt(data.scales)})[\\s-]+(?:${alt(data.money)})[\\s-]+(?:[\\p{L}-]+\\s+){0,2}?(?:${alt(data.nouns)})\\b`, "iu");

/**
 * "Much of it came in the 700 million dollar package the Pentagon announced in May", "Ottawa's two-billion-dollar
 * drawdown": a sentence that prices a lot of aid by a sum written as its adjective is worth reading for claims,
 * though it has no verb of giving and names no goods (find-candidates.ts). What it tells is then read as any
 * sentence naming a package: the giver its owner or the state that announced it, the receiver the one the page
 * gives to, the sum weapons where the page tells the same giver sending arms (aid-sums.ts).
 */
export function namesPricedPackage(text: string): boolean {
  return pricedLot.test(text);
}
