// Item families, each with its colour on the map, in tables and sparklines. Apart from the map so that a
// page can colour its rows without loading the map's geometry (a separate script, fetched when drawn).
/** Item families, each with its colour on the map. */
export const FAMILIES: { name: string; colour: string; items: RegExp }[] = [
  { name: "weapons and munitions", colour: "#c0392b", items: /ammunition|missiles|drones|systems|vehicles|aircraft|naval|weapons/ },
  { name: "people", colour: "#1f5fa8", items: /troops|workers/ },
  { name: "technology", colour: "#7b3fa0", items: /technology/ },
  { name: "goods and money", colour: "#1e8449", items: /./ },
];
export const familyOf = (item: string) => FAMILIES.find((f) => f.items.test(item))!;
