// The dashboard: routes to pages; every page reads the API and renders text as text.
import "./style.css";
import { ledgerReadOnly } from "./api.js";
import { mount } from "./dom.js";
import { overview } from "./pages/overview.js";
import { nowhere } from "./parts.js";
import { interceptLinks, navigate, render, route } from "./router.js";

// Each page is a script of its own, fetched the first time it is shown: the overview does not wait
// for the code of the flow page, the reader or the add form (nor for their charting libraries). The
// overview itself is the page most visits start on: it comes with this script (its few kilobytes
// are preloaded beside it), so its reads start without waiting for a second round of scripts.
const pages = {
  add: () => import("./pages/add.js"),
  evidence: () => import("./pages/evidence.js"),
  flow: () => import("./pages/flow.js"),
  methodology: () => import("./pages/methodology.js"),
  search: () => import("./pages/search.js"),
  sources: () => import("./pages/sources.js"),
  statements: () => import("./pages/statements.js"),
  states: () => import("./pages/states.js"),
};

route(/^\/$/, (view) => overview(view));
route(/^\/flows\/([A-Za-z]{3}(?:-[A-Za-z0-9]+)?)\/([A-Za-z]{3}(?:-[A-Za-z0-9]+)?)\/([a-z-]+)\/?$/, async (view, p, q) => (await pages.flow()).flowPage(view, p, q));
route(/^\/statements\/?$/, async (view, p, q) => (await pages.statements()).statementsPage(view, p, q));
route(/^\/statements\/([^/]+)\/?$/, async (view, p) => (await pages.evidence()).statementPage(view, p));
route(/^\/documents\/([^/]+)\/?$/, async (view, p, q) => (await pages.evidence()).readerPage(view, p, q));
route(/^\/states\/?$/, async (view, p, q) => (await pages.states()).statesPage(view, p, q));
route(/^\/states\/([A-Za-z]{3}(?:-[A-Za-z0-9]+)?)\/?$/, async (view, p, q) => (await pages.states()).statePage(view, p, q));
route(/^\/sources\/?$/, async (view, p, q) => (await pages.sources()).sourcesPage(view, p, q));
route(/^\/search\/?$/, async (view, p, q) => (await pages.search()).searchPage(view, p, q));
route(/^\/methodology\/?$/, async (view) => (await pages.methodology()).methodologyPage(view));
route(/^\/add\/?$/, async (view) => (await pages.add()).addPage(view));
route(/.*/, (view) => mount(view, nowhere("The dashboard has no page at this address.")));

interceptLinks();
void render();

// A read-only ledger takes no reports: the links to the add page go (the page itself says why).
void ledgerReadOnly().then((readOnly) => {
  if (readOnly) for (const link of document.querySelectorAll<HTMLElement>("[data-writes]")) link.hidden = true;
});

// The search box in the header searches without a reload.
document.getElementById("search")?.addEventListener("submit", (event) => {
  event.preventDefault();
  const q = (document.getElementById("search-q") as HTMLInputElement).value.trim();
  navigate(q ? `/search?q=${encodeURIComponent(q)}` : "/search");
});

// The nav marks where the reader is.
document.addEventListener("armsflow:rendered", () => {
  for (const a of document.querySelectorAll<HTMLAnchorElement>("header nav a")) {
    const here = a.pathname === "/" ? location.pathname === "/" || location.pathname.startsWith("/flows") : location.pathname.startsWith(a.pathname);
    if (here) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  }
  const q = new URLSearchParams(location.search).get("q");
  const box = document.getElementById("search-q") as HTMLInputElement | null;
  if (box && location.pathname === "/search") box.value = q ?? "";
});
