// Path routing for the dashboard: each page is a function of its path parameters that fills <main>.
type Page = (params: string[], query: URLSearchParams) => Promise<void> | void;

const routes: [RegExp, Page][] = [];

export function route(pattern: RegExp, page: Page): void {
  routes.push([pattern, page]);
}

let rendering = 0;

export async function render(): Promise<void> {
  const ticket = ++rendering;
  const { pathname, search } = window.location;
  for (const [pattern, page] of routes) {
    const match = pattern.exec(pathname);
    if (!match) continue;
    await page(match.slice(1).map(decodeURIComponent), new URLSearchParams(search));
    if (ticket === rendering) document.dispatchEvent(new CustomEvent("armsflow:rendered", { detail: pathname }));
    return;
  }
}

export function navigate(href: string): void {
  if (href === window.location.pathname + window.location.search) return;
  window.history.pushState(null, "", href);
  window.scrollTo(0, 0);
  void render().then(() => document.getElementById("main")?.focus({ preventScroll: true }));
}

/** Same-origin links move within the page instead of reloading it. */
export function interceptLinks(): void {
  document.addEventListener("click", (event) => {
    const link = (event.target as Element | null)?.closest?.("a");
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    const href = link.getAttribute("href");
    if (!href || !href.startsWith("/") || href.startsWith("//") || link.target) return;
    event.preventDefault();
    navigate(href);
  });
  window.addEventListener("popstate", () => void render());
}
