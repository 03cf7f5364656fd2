import { existsSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { parseHTML } from "linkedom";
import { siteOrigin } from "../../src/lib/embed-urls.ts";
import { htmlFiles } from "../e2e/sites.ts";

/**
 * Every link and every embedded file of every built page leads somewhere: each internal href,
 * src, srcset, form action and preview image names a file in dist/, and each #fragment names an
 * id on its page. Read from the files, no browser: a broken link is a missing file.
 */

/** The address a page is served at: dist/a/b/index.html is /a/b/, dist/404.html is /404.html. */
function pageUrl(dir: string, file: string): URL {
  const path = `/${relative(dir, file).split(sep).join("/")}`.replace(/(^|\/)index\.html$/, "$1");
  return new URL(path, "http://site.invalid");
}

/** Every address a page refers to, as written, with what refers to it. */
function references(html: string): { what: string; value: string }[] {
  const { document } = parseHTML(html);
  const out: { what: string; value: string }[] = [];
  for (const el of document.querySelectorAll("[href], [src], [srcset], form[action]")) {
    const tag = el.tagName.toLowerCase();
    for (const attr of ["href", "src", "action"]) {
      const v = el.getAttribute(attr);
      if (v !== null) out.push({ what: `<${tag} ${attr}>`, value: v });
    }
    const srcset = el.getAttribute("srcset");
    for (const part of srcset?.split(",") ?? []) {
      const v = part.trim().split(/\s+/)[0];
      if (v) out.push({ what: `<${tag} srcset>`, value: v });
    }
  }
  for (const meta of document.querySelectorAll(
    "meta[property='og:image'], meta[name='twitter:image']",
  )) {
    const v = meta.getAttribute("content");
    if (v) out.push({ what: "<meta image>", value: v });
  }
  return out;
}

/** The dist/ file an internal path is served from, or null when there is none. */
function servedFile(dir: string, pathname: string): string | null {
  const path = join(dir, decodeURIComponent(pathname));
  const candidates = pathname.endsWith("/")
    ? [join(path, "index.html")]
    : [path, `${path}.html`, join(path, "index.html")];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

const SITE_ORIGINS = new Set(["http://site.invalid", siteOrigin()]);

export interface Check {
  broken: string[];
  /** Links that would run script or open markup: javascript:, vbscript:, data: with markup. */
  unsafe: string[];
  missingTargets: string[];
  checked: number;
}

export function checkSite(dir: string): Check {
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      const { document } = parseHTML(readFileSync(file, "utf8"));
      set = new Set(Array.from(document.querySelectorAll("[id]"), (e) => e.id));
      ids.set(file, set);
    }
    return set;
  };
  const out: Check = { broken: [], unsafe: [], missingTargets: [], checked: 0 };
  for (const file of htmlFiles(dir)) {
    const base = pageUrl(dir, file);
    for (const { what, value } of references(readFileSync(file, "utf8"))) {
      let url: URL;
      try {
        url = new URL(value, base);
      } catch {
        out.broken.push(`${base.pathname}: ${what} ${value} (not an address)`);
        continue;
      }
      if (isUnsafe(url)) out.unsafe.push(`${base.pathname}: ${what} ${value.slice(0, 200)}`);
      if (!SITE_ORIGINS.has(url.origin)) continue; // another site, mailto:, data:
      out.checked++;
      const target = servedFile(dir, url.pathname);
      if (target === null) {
        out.broken.push(`${base.pathname}: ${what} ${value}`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith(".html") && !idsOf(target).has(fragment)) {
        out.missingTargets.push(`${base.pathname}: ${what} ${value}`);
      }
    }
  }
  return out;
}

function isUnsafe(url: URL): boolean {
  if (url.protocol === "javascript:" || url.protocol === "vbscript:") return true;
  // "data:," (an empty favicon) is plain text; markup or script in a data: address is not.
  return url.protocol === "data:" && /html|xml|script/i.test(url.pathname.split(",")[0] ?? "");
}
