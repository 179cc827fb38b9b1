// The dashboard: routes to pages; every page reads the API and renders text as text.
import "./style.css";
import { addPage } from "./pages/add.js";
import { readerPage, statementPage, statementsPage } from "./pages/evidence.js";
import { flowPage } from "./pages/flow.js";
import { overview } from "./pages/overview.js";
import { sourcesPage } from "./pages/sources.js";
import { interceptLinks, render, route } from "./router.js";

const main = document.getElementById("main")!;

route(/^\/$/, () => overview(main));
route(/^\/flows\/([A-Za-z]{3})\/([A-Za-z]{3})\/([a-z-]+)\/?$/, (p) => flowPage(main, p));
route(/^\/statements\/?$/, (p, q) => statementsPage(main, p, q));
route(/^\/statements\/([^/]+)\/?$/, (p) => statementPage(main, p));
route(/^\/documents\/([^/]+)\/?$/, (p, q) => readerPage(main, p, q));
route(/^\/sources\/?$/, () => sourcesPage(main));
route(/^\/add\/?$/, () => addPage(main));
route(/.*/, () => {
  main.replaceChildren(Object.assign(document.createElement("h1"), { textContent: "Not found" }));
});

interceptLinks();
void render();

// The nav marks where the reader is.
document.addEventListener("armsflow:rendered", () => {
  for (const a of document.querySelectorAll<HTMLAnchorElement>("header nav a")) {
    const here = a.pathname === "/" ? location.pathname === "/" || location.pathname.startsWith("/flows") : location.pathname.startsWith(a.pathname);
    if (here) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  }
});
