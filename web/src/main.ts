// The dashboard: routes to pages; every page reads the API and renders text as text.
import "./style.css";
import { addPage } from "./pages/add.js";
import { readerPage, statementPage } from "./pages/evidence.js";
import { flowPage } from "./pages/flow.js";
import { methodologyPage } from "./pages/methodology.js";
import { overview } from "./pages/overview.js";
import { searchPage } from "./pages/search.js";
import { sourcesPage } from "./pages/sources.js";
import { statementsPage } from "./pages/statements.js";
import { statePage, statesPage } from "./pages/states.js";
import { interceptLinks, navigate, render, route } from "./router.js";

route(/^\/$/, (view) => overview(view));
route(/^\/flows\/([A-Za-z]{3}(?:-[A-Za-z0-9]+)?)\/([A-Za-z]{3}(?:-[A-Za-z0-9]+)?)\/([a-z-]+)\/?$/, (view, p, q) => flowPage(view, p, q));
route(/^\/statements\/?$/, (view, p, q) => statementsPage(view, p, q));
route(/^\/statements\/([^/]+)\/?$/, (view, p) => statementPage(view, p));
route(/^\/documents\/([^/]+)\/?$/, (view, p, q) => readerPage(view, p, q));
route(/^\/states\/?$/, (view) => statesPage(view));
route(/^\/states\/([A-Za-z]{3}(?:-[A-Za-z0-9]+)?)\/?$/, (view, p) => statePage(view, p));
route(/^\/sources\/?$/, (view) => sourcesPage(view));
route(/^\/search\/?$/, (view, p, q) => searchPage(view, p, q));
route(/^\/methodology\/?$/, (view) => methodologyPage(view));
route(/^\/add\/?$/, (view) => addPage(view));
route(/.*/, (view) => {
  document.title = "Not found · armsflow";
  view.replaceChildren(Object.assign(document.createElement("h1"), { textContent: "Not found" }));
});

interceptLinks();
void render();

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
