// Path routing for the dashboard, without reloads (history API). Each navigation renders its page into
// a fresh, detached view that replaces <main>'s content only if it is still the latest navigation: a slow
// earlier response can never paint over a newer page. Its requests are aborted when the reader moves on.
type Page = (view: HTMLElement, params: string[], query: URLSearchParams) => Promise<void> | void;

const routes: [RegExp, Page][] = [];

export function route(pattern: RegExp, page: Page): void {
  routes.push([pattern, page]);
}

let rendering = 0;
let controller: AbortController | null = null;

/** The signal of the navigation under way: API calls pass it, so a page left behind stops loading. */
export function navigationSignal(): AbortSignal | undefined {
  return controller?.signal;
}

/** Whether `view` is still what <main> shows (async work after the first paint checks this). */
export function isCurrent(view: Element): boolean {
  return view.isConnected;
}

function main(): HTMLElement {
  return document.getElementById("main")!;
}

/** The loading sign: shown when a page takes more than a moment. */
function busy(on: boolean): void {
  const bar = document.getElementById("loading");
  main().setAttribute("aria-busy", String(on));
  if (bar) bar.hidden = !on;
}

export async function render(options: { focus?: boolean; scroll?: number | null; refocus?: string } = {}): Promise<void> {
  const ticket = ++rendering;
  controller?.abort();
  controller = new AbortController();
  const { pathname, search } = window.location;
  const view = document.createElement("div");
  view.className = "view";
  const slow = window.setTimeout(() => {
    if (ticket === rendering) busy(true);
  }, 120);
  for (const [pattern, page] of routes) {
    const match = pattern.exec(pathname);
    if (!match) continue;
    let params: string[];
    try {
      params = match.slice(1).map(decodeURIComponent);
    } catch {
      params = match.slice(1);
    }
    try {
      await page(view, params, new URLSearchParams(search));
    } catch {
      // A page that threw after its navigation was abandoned: nothing to show.
    }
    window.clearTimeout(slow);
    if (ticket !== rendering) return; // a newer navigation owns <main> now
    busy(false);
    main().replaceChildren(view);
    afterPaint(options);
    performance.mark("armsflow:rendered", { detail: pathname });
    document.dispatchEvent(new CustomEvent("armsflow:rendered", { detail: pathname }));
    return;
  }
}

/**
 * Focus where the reader came for (the highlighted sentence, else the heading), and the scroll they left;
 * `refocus`: the id of the control the reader used, drawn again (a column's heading they sorted by).
 */
function afterPaint({ focus = false, scroll = null, refocus }: { focus?: boolean; scroll?: number | null; refocus?: string }): void {
  const target = document.getElementById("target");
  if (target) {
    target.scrollIntoView({ block: "center" });
    target.focus({ preventScroll: true });
    return;
  }
  if (scroll !== null && scroll !== undefined) window.scrollTo(0, scroll);
  if (refocus) document.getElementById(refocus)?.focus({ preventScroll: true });
  if (focus) {
    const h1 = main().querySelector("h1");
    if (h1) {
      h1.setAttribute("tabindex", "-1");
      h1.focus({ preventScroll: true });
    } else main().focus({ preventScroll: true });
  }
}

/** Remembers the scroll of the entry being left, so Back brings it back. */
function rememberScroll(): void {
  window.history.replaceState({ ...(window.history.state ?? {}), scroll: window.scrollY }, "");
}

/**
 * Moves to `href`: a new entry in the history (Back returns), or `replace` the current one. A new page
 * starts at the top with the focus on its heading; `stay` keeps the scroll and the focus where they are
 * (a view of the same page narrowed, as by the brush on a chart, with an entry of its own).
 */
export function navigate(href: string, options: { replace?: boolean; stay?: boolean; refocus?: string } = {}): void {
  if (href === window.location.pathname + window.location.search) return;
  rememberScroll();
  const keep = options.replace || options.stay;
  const scroll = window.scrollY;
  if (options.replace) window.history.replaceState({ scroll }, "", href);
  else window.history.pushState({ scroll: keep ? scroll : 0 }, "", href);
  if (!keep) window.scrollTo(0, 0);
  void render({ focus: !keep, scroll: keep ? scroll : null, refocus: options.refocus });
}

/** Same-origin links move within the page instead of reloading it; a link marked `data-stay` keeps the scroll, and its focus once drawn again. */
export function interceptLinks(): void {
  if ("scrollRestoration" in window.history) window.history.scrollRestoration = "manual";
  document.addEventListener("click", (event) => {
    const link = (event.target as Element | null)?.closest?.("a");
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const href = link.getAttribute("href") ?? link.getAttribute("xlink:href");
    if (!href || !href.startsWith("/") || href.startsWith("//") || link.getAttribute("target") || link.hasAttribute("download")) return;
    event.preventDefault();
    navigate(href, link.hasAttribute("data-stay") ? { stay: true, refocus: link.id || undefined } : {});
  });
  window.addEventListener("popstate", (event) => {
    const scroll = (event.state as { scroll?: number } | null)?.scroll ?? 0;
    void render({ scroll });
  });
  window.addEventListener("pagehide", rememberScroll);
}
