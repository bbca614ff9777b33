// The search page. Runs Pagefind's JS API (loaded with a dynamic import, so nothing inline and no
// eval: it works under the site's Content-Security-Policy) against this language's index, and against
// the other language's index when this one finds nothing. The query and the theme live in the URL
// (?q=…&theme=…), so results can be shared and the home page's form lands here with results.
// Markup and interface strings come from theme/layouts/search.html (data-* attributes). One file:
// assets are fingerprinted (search.1a2b3c.js), so a module could not import a sibling by its name.

const PAGE_SIZE = 10;
const GLOSSARY_SIZE = 3;
const HAN = /\p{Script=Han}/u;
const FIND_ONLY_MARK = "¶"; // SearchDocumentHtml.FindOnlyMark
// Words too common to require: Pagefind matches every word of a query, so "harmony with nature"
// would need "with" on the page. Han text has no stop words here.
const STOP_WORDS = new Set(
  ("a an and are as at be by do does for from how in is it its of on or our the their this to was " +
    "were what when where which who why with about into over").split(" "),
);

const root = document.getElementById("search");
if (root) {
  start(root);
}

function start(root) {
  const form = root.querySelector("form");
  const input = form.querySelector("input[name=q]");
  const theme = form.querySelector("select[name=theme]");
  const status = root.querySelector("#search-status");
  const output = root.querySelector("#search-output");
  const list = root.querySelector("#search-results");
  const more = root.querySelector("#search-more");
  const glossary = root.querySelector("#search-glossary");
  const glossaryList = glossary.querySelector("ul");
  const msg = (key, ...args) => format(root.dataset[key] ?? "", args);
  const own = { url: root.dataset.index, lang: root.dataset.lang, search: null };
  const other = { url: root.dataset.otherIndex, lang: root.dataset.otherLang, search: null };

  let sequence = 0;
  let pending = [];
  let timer = 0;

  const params = new URLSearchParams(location.search);
  input.value = params.get("q") ?? "";
  theme.value = [...theme.options].some((o) => o.value === params.get("theme")) ? params.get("theme") : "";

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run();
  });
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(run, 300);
  });
  input.addEventListener("focus", () => engine(own).catch(() => {}), { once: true });
  theme.addEventListener("change", run);
  // The button may disappear with the last page: focus moves to the first new result instead.
  more.addEventListener("click", async () => {
    const shown = list.children.length;
    await showMore();
    list.children[shown]?.querySelector("a")?.focus();
  });
  form.querySelector(".search-filter").hidden = false;
  root.dataset.state = "idle";

  if (input.value.trim()) {
    run();
  } else {
    input.focus();
  }

  async function run() {
    clearTimeout(timer);
    const query = input.value.trim();
    const filter = theme.value;
    remember(query, filter);
    const id = ++sequence;
    if (!query) {
      clear();
      root.dataset.state = "idle";
      return;
    }

    root.dataset.state = "loading";
    status.textContent = msg("msgLoading");
    try {
      let found = await find(own, query, filter);
      let fallback = false;
      if (found.main.length === 0) {
        const elsewhere = await find(other, query, filter);
        if (elsewhere.main.length > 0) {
          found = elsewhere;
          fallback = true;
        }
      }

      if (id !== sequence) {
        return;
      }

      clear();
      pending = [...found.main];
      await showMore(fallback ? other.lang : null);
      await showGlossary(found.glossary, fallback ? other.lang : null);
      if (id !== sequence) {
        return;
      }

      output.hidden = list.children.length === 0;
      announce(query, filter, found.main.length, fallback);
      root.dataset.query = query;
      root.dataset.state = "done";
    } catch (error) {
      if (id !== sequence) {
        return;
      }

      clear();
      status.textContent = msg("msgError");
      root.dataset.state = "error";
      console.error(error);
    }
  }

  function announce(query, filter, count, fallback) {
    const option = theme.selectedOptions[0];
    const where = filter ? msg("msgInTheme", option.dataset.title ?? option.textContent.trim()) : "";
    const text = count === 0 || fallback
      // Chinese sentences follow one another without a space; English ones take one.
      ? msg("msgNone", query, count, where) + (fallback ? (own.lang.startsWith("zh") ? "" : " ") + msg("msgFallback", count) : "")
      : msg(count === 1 ? "msgOne" : "msgMany", query, count, where);
    status.replaceChildren(text);
    if (looksLikeOtherLanguage(query, own.lang) || fallback) {
      const link = document.createElement("a");
      const url = new URL(root.dataset.otherSearch, location.href);
      url.searchParams.set("q", query);
      link.href = url.pathname + url.search;
      link.hreflang = other.lang;
      link.textContent = msg("msgOtherLink", query);
      status.append(" ", link);
    }
  }

  async function showMore(lang = list.dataset.lang || null) {
    const batch = pending.splice(0, PAGE_SIZE);
    const items = await Promise.all(batch.map((r) => r.data()));
    list.dataset.lang = lang ?? "";
    for (const data of items) {
      list.append(resultItem(data, lang));
    }
    more.hidden = pending.length === 0;
  }

  async function showGlossary(results, lang) {
    const items = await Promise.all(results.slice(0, GLOSSARY_SIZE).map((r) => r.data()));
    for (const data of items) {
      const li = document.createElement("li");
      if (lang) {
        li.lang = lang;
      }
      const link = document.createElement("a");
      link.href = data.url;
      link.textContent = data.meta.title;
      li.append(link);
      if (data.meta.name) {
        li.append(" ", span("search-glossary-name", data.meta.name));
      }
      li.append(excerpt(data));
      glossaryList.append(li);
    }
    glossary.hidden = items.length === 0;
  }

  function resultItem(data, lang) {
    const kind = data.meta.kind ?? "indicator";
    const li = document.createElement("li");
    li.className = `search-result search-result-${kind}`;
    li.dataset.kind = kind;
    li.dataset.url = data.url;
    if (lang) {
      li.lang = lang;
    }

    const heading = document.createElement("h3");
    heading.className = "search-result-title";
    const link = document.createElement("a");
    link.href = data.url;
    // A paragraph is named by where it stands in the report; its indexed title is its theme.
    link.textContent = kind === "paragraph" && data.meta.source ? data.meta.source : data.meta.title;
    if (lang) {
      link.hreflang = lang;
    }
    heading.append(link);
    li.append(heading);

    if (kind === "indicator" && data.meta.figure) {
      li.append(paragraph("search-result-figure", data.meta.figure));
    }
    li.append(excerpt(data));
    // "Indicator" is in the page's language even on a result from the other language.
    const about = paragraph("search-result-meta", "");
    const kindName = span("search-result-kind", kind === "paragraph" ? msg("msgParagraph") : msg("msgIndicator"));
    if (lang) {
      kindName.lang = own.lang;
    }
    about.append(kindName);
    if (data.meta.theme) {
      about.append(" · " + data.meta.theme);
    }
    li.append(about);
    return li;
  }

  function clear() {
    pending = [];
    list.replaceChildren();
    output.hidden = true;
    glossaryList.replaceChildren();
    glossary.hidden = true;
    more.hidden = true;
    status.textContent = "";
  }

  function remember(query, filter) {
    const url = new URL(location.href);
    url.searchParams.delete("q");
    url.searchParams.delete("theme");
    if (query) {
      url.searchParams.set("q", query);
    }
    if (filter) {
      url.searchParams.set("theme", filter);
    }
    history.replaceState(null, "", url.pathname + url.search + url.hash);
  }
}

// One language's Pagefind, loaded once. Each bundle holds one language, so the other language's
// bundle answers in its own language whatever the page's html lang is.
async function engine(index) {
  index.search ??= import(index.url).then(async (pagefind) => {
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
    // Glossary entries are the only documents with a "kind" filter: one filter-only search lists them.
    const glossary = await pagefind.search(null, { filters: { kind: "glossary" } });
    return { pagefind, glossary: new Set(glossary.results.map((r) => r.id)) };
  });
  return index.search;
}

// Results (indicators and report paragraphs) and glossary entries for a query. Every word must match;
// when that leaves fewer than a page of results, results matching some of the words follow, those
// matching most words first ("civilized city": the report says "civilised district").
async function find(index, query, theme) {
  const { pagefind, glossary } = await engine(index);
  const words = terms(query);
  const filters = theme ? { theme } : {};
  const isTerm = (r) => glossary.has(r.id);
  const found = (await pagefind.search(words.join(" "), { filters })).results;
  const results = found.filter((r) => !isTerm(r));
  // A single Han character (网, 办) matches half the report: only words of two or more characters
  // take part in the partial matches.
  const loose = words.filter((w) => !HAN.test(w) || [...w].length > 1);
  if (results.length < PAGE_SIZE && loose.length > 1) {
    const seen = new Set(results.map((r) => r.id));
    const partial = new Map();
    const each = await Promise.all(loose.map((w) => pagefind.search(w, { filters })));
    for (const { results: some } of each) {
      for (const r of some) {
        if (seen.has(r.id) || isTerm(r)) {
          continue;
        }
        const p = partial.get(r.id) ?? { result: r, words: 0, score: 0 };
        p.words += 1;
        p.score += r.score;
        partial.set(r.id, p);
      }
    }
    results.push(...[...partial.values()].sort((a, b) => b.words - a.words || b.score - a.score).map((p) => p.result));
  }
  return { main: results, glossary: found.filter(isTerm) };
}

// The words of a query. Chinese has no spaces: the browser's segmenter cuts it, as Pagefind itself does
// on Chinese pages, so the other language's index (searched from an English page, where Pagefind would
// not cut it) sees the same words; where that cut disagrees with the index's (数据中台 indexed whole,
// cut 数据|中|台 here), the index's one-character words catch it (see BuildSearchDocuments). Other
// text is split at spaces only and left to Pagefind ("no.1", "e-bikes"), less stop words unless
// nothing else is left ("harmony with nature" need not contain "with").
function terms(query) {
  const segmenter = new Intl.Segmenter("zh", { granularity: "word" });
  const words = [];
  for (const chunk of query.normalize("NFKC").toLowerCase().split(/\s+/)) {
    if (HAN.test(chunk)) {
      words.push(...[...segmenter.segment(chunk)].filter((s) => s.isWordLike).map((s) => s.segment));
    } else if (/[\p{L}\p{N}]/u.test(chunk)) {
      words.push(chunk);
    }
  }
  const kept = words.filter((w) => HAN.test(w) || !STOP_WORDS.has(w.replace(/[^\p{L}\p{N}]/gu, "")));
  return kept.length > 0 ? kept : words.length > 0 ? words : [query];
}

function looksLikeOtherLanguage(query, lang) {
  const han = HAN.test(query);
  return lang.startsWith("zh") ? !han && /\p{L}/u.test(query) : han;
}

// Pagefind's excerpt is text with < and > escaped and the matches wrapped in <mark>; rebuild it as
// nodes rather than assigning HTML. Words after the find-only mark (¶: glossary names, synonyms) are
// there to be found, not read: the excerpt stops at the mark, and when every match lies beyond it the
// result's summary is shown instead.
function excerpt(data) {
  const p = document.createElement("p");
  p.className = "search-result-excerpt";
  let html = data.excerpt ?? "";
  const findOnly = html.indexOf(FIND_ONLY_MARK);
  if (findOnly >= 0) {
    const before = html.slice(0, findOnly).trimEnd();
    html = before.includes("<mark>") ? before : "";
  }
  if (!html) {
    p.textContent = data.meta.summary ?? "";
    return p;
  }
  // Runs of [text, marked]; Pagefind marks each Chinese word apart (一|网|通|办), joined again here.
  const runs = [];
  let marked = false;
  for (const part of html.split(/(<\/?mark>)/)) {
    if (part === "<mark>" || part === "</mark>") {
      marked = part === "<mark>";
      continue;
    }
    const text = part.replace(/\u200B/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">");
    if (!text) {
      continue;
    }
    const last = runs.at(-1);
    if (last && last[1] === marked) {
      last[0] += text;
    } else {
      runs.push([text, marked]);
    }
  }
  // An excerpt cut from the middle of the text says so.
  const plain = runs.map(([text]) => text).join("").trim();
  const content = (data.content ?? "").replace(/\u200B/g, "");
  const at = content.indexOf(plain);
  if (at > 0) {
    p.append("… ");
  }
  for (const [text, isMark] of runs) {
    if (isMark) {
      const mark = document.createElement("mark");
      mark.textContent = text;
      p.append(mark);
    } else {
      p.append(text);
    }
  }
  if (at < 0 || at + plain.length < content.length) {
    p.append(" …");
  }
  return p;
}

function paragraph(className, text) {
  const p = document.createElement("p");
  p.className = className;
  p.textContent = text;
  return p;
}

function span(className, text) {
  const s = document.createElement("span");
  s.className = className;
  s.textContent = text;
  return s;
}

// Fills {0}, {1} …; a placeholder left empty leaves no stray space before the full stop.
function format(template, args) {
  return template
    .replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)] ?? ""))
    .replace(/ +([.。])/g, "$1")
    .replace(/ {2,}/g, " ");
}
