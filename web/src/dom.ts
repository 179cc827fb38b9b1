// Builds DOM nodes from data. Every string becomes a text node and every attribute goes through
// setAttribute: report text can never become markup (no innerHTML anywhere in the dashboard).
export type Child = Node | string | number | null | undefined | false | readonly Child[];
type Handler = (event: Event) => void;
export type Attrs = Record<string, string | number | boolean | null | undefined | Handler>;

/** Links may only go to our own pages or to web pages: never `javascript:` or `data:`. */
export function safeHref(href: string): string | null {
  if (href.startsWith("/") && !href.startsWith("//")) return href;
  try {
    const url = new URL(href);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

function append(parent: Node, child: Child): void {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) for (const c of child) append(parent, c);
  else if (child instanceof Node) parent.appendChild(child);
  else parent.appendChild(document.createTextNode(String(child)));
}

function apply(el: Element, attrs: Attrs | undefined): void {
  if (!attrs) return;
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === "function") el.addEventListener(key.replace(/^on/, ""), value);
    else if (key === "href") {
      const safe = safeHref(String(value));
      if (safe) el.setAttribute("href", safe);
    } else el.setAttribute(key, value === true ? "" : String(value));
  }
}

/** `h("a", {href: "/sources"}, "Sources")` → <a href="/sources">Sources</a> */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  apply(el, attrs ?? undefined);
  append(el, children);
  return el;
}

const SVG = "http://www.w3.org/2000/svg";

/** The same for SVG: `svg("circle", {cx: 1, cy: 2, r: 3})`. */
export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Child[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  apply(el, attrs ?? undefined);
  append(el, children);
  return el;
}

/** Replaces what a node shows. */
export function mount(target: Element, ...children: Child[]): void {
  target.replaceChildren();
  append(target, children);
}

/** A table row that opens `href` on Enter or click, as well as through its link. */
export function linkRow(href: string, navigate: (href: string) => void, ...cells: Child[]): HTMLTableRowElement {
  return h("tr", {
    class: "link-row",
    tabindex: 0,
    onkeydown: (e) => {
      if ((e as KeyboardEvent).key === "Enter" && e.target === e.currentTarget) navigate(href);
    },
    onclick: (e) => {
      if (!(e.target as Element).closest("a")) navigate(href);
    },
  }, cells);
}
