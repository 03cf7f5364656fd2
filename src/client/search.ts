/**
 * The search page's only script. Pagefind's JS and index load when the reader focuses the box
 * or arrives with ?q=, never before, so a visit that does not search downloads nothing extra.
 * The address always holds the query and the chosen filters (?q=…&type=Person), so any search
 * can be shared or bookmarked, and an embedded ?q= link runs its search on arrival.
 */

import { byCodeUnit } from "../core/text/compare.ts";
import { FILTER_NAMES, type FilterName, filterQuery, readFilters } from "./search-filters.ts";
import { highlightUrl } from "./search-highlight-url.ts";
import { loadNames, suggestionNodes, suggestionsFor } from "./search-suggestions.ts";

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
type FilterCounts = Record<string, Record<string, number>>;
interface Pagefind {
  options?: (options: { ranking: typeof RANKING }) => Promise<void>;
  init?: () => Promise<void>;
  filters(): Promise<FilterCounts>;
  search(
    query: string,
    options?: { filters?: Record<string, { any: string[] }> },
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

/**
 * Results shown at once; "Show more results" adds as many again. Each result shown downloads its
 * page's index fragment, so a first search costs ten fragments, not every match's.
 */
const PAGE = 10;
/** Typing waits this long for the next key before searching, so each word is not a search. */
const TYPING_PAUSE_MS = 180;
const FILTER_LABELS: Record<FilterName, string> = {
  type: "Type",
  source: "Source",
  country: "Country",
};

/*
 * Pagefind's metadata boosts. A page's title is its h1, already indexed with a heading's weight;
 * at Pagefind's default boost on top, an article whose headline names someone outranks the story
 * that compares it, so the title counts once more, not five times. The type ("Person") and its
 * icon are labels, not content: a search for "story" should not rank every story by its label.
 * With the weights set in the pages (an entity's spellings high, the sentences it quotes low, a
 * story's names above an article's text), a name lists its own page, then the stories, then the
 * articles.
 */
const RANKING = { metaWeights: { title: 1, type: 0, image: 0, image_alt: 0 } };

let pagefindPromise: Promise<Pagefind> | null = null;

function loadPagefind(): Promise<Pagefind> {
  // A path built at run time: the bundler must not try to resolve the index, which Pagefind
  // writes after the build.
  const url = `${"/pagefind/"}pagefind.js`;
  pagefindPromise ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
    await pf.options?.({ ranking: RANKING });
    await pf.init?.();
    return pf;
  });
  return pagefindPromise;
}

export function mountSearch(doc: Document): void {
  const form = doc.querySelector<HTMLFormElement>("form.search");
  const input = doc.querySelector<HTMLInputElement>("#search-q");
  const status = doc.querySelector<HTMLElement>("#search-status");
  const list = doc.querySelector<HTMLOListElement>("#search-results");
  const filterPanel = doc.querySelector<HTMLDetailsElement>("#search-filter-box");
  const filterBox = doc.querySelector<HTMLElement>("#search-filters");
  const more = doc.querySelector<HTMLButtonElement>("#search-more");
  if (!form || !input || !status || !list || !filterPanel || !filterBox || !more) return;

  let chosen = readFilters(new URL(doc.location.href).searchParams);
  // The filters' value lists are a fifth of a first search's download on a large site, so they
  // load when the reader opens the panel (or arrives with a filter chosen), not with the search.
  let filtersShown = false;
  const showFilters = async () => {
    if (filtersShown) return;
    filtersShown = true;
    const counts = await (await loadPagefind()).filters();
    const sets = FILTER_NAMES.flatMap((name) => {
      const values = Object.entries(counts[name] ?? {}).sort(([a], [b]) => byCodeUnit(a, b));
      return values.length > 1 ? [filterFieldset(doc, name, values, chosen[name] ?? [])] : [];
    });
    if (sets.length > 0) filterBox.replaceChildren(...sets);
    else filterBox.textContent = "Every page here is of one type, source and country.";
  };
  filterPanel.hidden = false;
  filterPanel.addEventListener("toggle", () => {
    if (filterPanel.open) void showFilters();
  });
  if (Object.values(chosen).some((values) => values.length > 0)) filterPanel.open = true;
  filterBox.addEventListener("change", () => {
    chosen = Object.fromEntries(
      FILTER_NAMES.map((name) => [
        name,
        Array.from(
          filterBox.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`),
          (box) => box.value,
        ),
      ]),
    );
    void run(input.value);
  });

  input.addEventListener(
    "focus",
    () => {
      void loadPagefind();
      void loadNames();
    },
    { once: true },
  );

  let latest = 0;
  /** Shows the next page of the current search's results; the last call's status says how many. */
  let showMore: (() => Promise<void>) | null = null;
  more.addEventListener("click", () => void showMore?.());
  const run = async (query: string) => {
    const ticket = ++latest;
    const q = query.trim();
    const url = new URL(doc.location.href);
    url.search = filterQuery(q, chosen);
    doc.defaultView?.history.replaceState(null, "", url);
    more.hidden = true;
    showMore = null;
    if (!q) {
      status.textContent = "";
      list.replaceChildren();
      return;
    }
    status.textContent = "Searching…";
    const pagefind = await loadPagefind();
    const filters = Object.fromEntries(
      Object.entries(chosen)
        .filter(([, values]) => values.length > 0)
        .map(([name, values]) => [name, { any: values }]),
    );
    const search = await pagefind.search(q, { filters });
    const data = await Promise.all(search.results.slice(0, PAGE).map((r) => r.data()));
    const names = await loadNames();
    if (ticket !== latest) return; // a newer query has started
    list.replaceChildren(...data.map((d) => resultItem(doc, d, q)));
    const n = search.results.length;
    const narrowed = Object.keys(filters).length > 0 ? " with the chosen filters" : "";
    const suggested = suggestionNodes(
      doc,
      suggestionsFor(
        q,
        names,
        data.map((d) => d.url),
      ),
    );
    const say = (shown: number) =>
      status.replaceChildren(
        n === 0
          ? `No results for “${q}”${narrowed}.`
          : `${n} result${n === 1 ? "" : "s"} for “${q}”${narrowed}${n > shown ? `, showing the first ${shown}` : ""}.`,
        ...suggested,
      );
    say(data.length);
    more.hidden = n <= data.length;
    showMore = async () => {
      const from = list.childElementCount;
      const next = await Promise.all(search.results.slice(from, from + PAGE).map((r) => r.data()));
      if (ticket !== latest) return;
      const items = next.map((d) => resultItem(doc, d, q));
      list.append(...items);
      say(list.childElementCount);
      more.hidden = n <= list.childElementCount;
      // A keyboard reader goes on from the first new result, not from the top of the list.
      items[0]?.querySelector("a")?.focus();
    };
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener("input", () => {
    clearTimeout(typing);
    typing = setTimeout(() => void run(input.value), TYPING_PAUSE_MS);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(typing);
    void run(input.value);
  });
  const initial = new URL(doc.location.href).searchParams.get("q");
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}

function filterFieldset(
  doc: Document,
  name: FilterName,
  values: [string, number][],
  checked: readonly string[],
): HTMLFieldSetElement {
  const set = doc.createElement("fieldset");
  const legend = doc.createElement("legend");
  legend.textContent = FILTER_LABELS[name];
  set.append(legend);
  for (const [value, count] of values) {
    const label = doc.createElement("label");
    const box = doc.createElement("input");
    box.type = "checkbox";
    box.name = name;
    box.value = value;
    box.checked = checked.includes(value);
    label.append(box, ` ${value} `);
    const n = doc.createElement("span");
    n.className = "meta";
    n.textContent = `(${count})`;
    label.append(n);
    set.append(label);
  }
  return set;
}

function resultItem(doc: Document, d: PagefindResultData, query: string): HTMLLIElement {
  const li = doc.createElement("li");
  if (d.meta.image?.startsWith("/icons/")) {
    // The type icon repeats the type word below it, so it is decorative.
    const img = doc.createElement("img");
    img.src = d.meta.image;
    img.alt = "";
    img.width = 32;
    img.height = 32;
    img.className = "result-icon";
    li.append(img);
  }
  const kind = doc.createElement("p");
  kind.className = "kind";
  kind.textContent = d.meta.type ?? d.filters.type?.[0] ?? "Page";
  const a = doc.createElement("a");
  a.href = highlightUrl(d.url, query);
  a.textContent = d.meta.title ?? d.url;
  const h = doc.createElement("h2");
  h.append(a);
  const excerpt = doc.createElement("p");
  // Pagefind's excerpt is the page's own escaped text with <mark> around matches; rebuild it
  // from text nodes so no markup other than <mark> can come through.
  excerpt.append(...markedText(doc, d.excerpt));
  li.append(kind, h, excerpt);
  return li;
}

function markedText(doc: Document, excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, "text/html");
  const out: Node[] = [];
  for (const node of Array.from(parsed.body.firstChild?.childNodes ?? [])) {
    if (node.nodeName === "MARK") {
      const mark = doc.createElement("mark");
      mark.textContent = node.textContent;
      out.push(mark);
    } else out.push(doc.createTextNode(node.textContent ?? ""));
  }
  return out;
}
