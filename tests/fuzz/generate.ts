import { RESERVED_IDS } from "../../src/pipeline/ingest/source-id.ts";
import { headline, makeTopic, newsArticle, type Topic } from "./news.ts";
import {
  htmlEscaped,
  injections,
  inventedWord,
  sprinkle,
  TRICKY_CHARS,
  yamlDoubleQuoted,
} from "./payloads.ts";
import { type Random, seededRandom } from "./random.ts";

/** One entry the fuzz writes into the seeds folder. */
export interface FuzzEntry {
  /** Path under seeds/, with forward slashes. */
  path: string;
  /** The file name's raw bytes, when the name is not valid UTF-8. */
  nameBytes?: Uint8Array;
  kind: "file" | "symlink" | "fifo" | "unreadable";
  bytes: Uint8Array;
  /** For a symlink: what it points to. */
  target?: string;
  /** The generator class that made it: what a failure is reported under. */
  cls: string;
  /**
   * What the site must show, as written in the file (escapes decoded, not cleaned): a title or
   * outlet from front matter or page tags, or (txt) the whole text as heading plus body.
   */
  expect: { title?: string; outlet?: string; text?: string };
}

type Make = (r: Random, n: number, topic: Topic) => FuzzEntry[];

const utf8 = (s: string) => new TextEncoder().encode(s);
const file = (path: string, text: string, cls: string, expect: FuzzEntry["expect"] = {}) => ({
  path,
  kind: "file" as const,
  bytes: utf8(text),
  cls,
  expect,
});

/** The body of an ordinary article about `topic`, unique to article `n`. */
function body(r: Random, n: number, topic: Topic, hostile = true): string {
  const lines = newsArticle(r, topic).map((s) =>
    hostile && r.chance(0.4) ? sprinkle(r, s, n) : s,
  );
  // A sentence only this article has, so that no two fuzz articles are duplicates.
  lines.push(`The ${inventedWord(r)} report numbered ${n} was filed late.`);
  return lines.join(r.pick(["\n\n", "\n", "\r\n\r\n", "\u2029", "\n\u2028\n"]));
}

function titleText(r: Random, n: number, topic: Topic): string {
  return r.chance(0.7) ? sprinkle(r, headline(r, topic), n, r.int(1, 3)) : headline(r, topic);
}

const CLASSES: Record<string, Make> = {
  "txt-news": (r, n, t) => {
    const text = `${headline(r, t)}\n\n${body(r, n, t)}`;
    return [file(`txt-${n}.txt`, text, "txt-news", { text })];
  },
  "txt-controls": (r, n, t) => {
    const text = `${titleText(r, n, t)}\n\n${sprinkle(r, body(r, n, t), n, 30)}`;
    return [file(`ctl-${n}.txt`, text, "txt-controls", { text })];
  },
  "md-yaml-escapes": (r, n, t) => {
    const title = titleText(r, n, t);
    const outlet = sprinkle(r, `${inventedWord(r)} Gazette`, n, 2);
    const fm = `title: ${yamlDoubleQuoted(r, title)}\noutlet: ${yamlDoubleQuoted(r, outlet)}\nurl: ${r.pick(["https://news.example/a?b=1#c", `javascript:PWN_${n}=1`, "//evil.example/x", "http://exa mple/", "data:text/html,<script>x</script>"])}\n`;
    return [
      file(`yaml-${n}.md`, `---\n${fm}---\n${body(r, n, t)}`, "md-yaml-escapes", { title, outlet }),
    ];
  },
  "md-yaml-scalars": (r, n, t) => {
    const title = r.pick([
      "007",
      "1e309",
      "true",
      "0x1F",
      ".inf",
      "-.Inf",
      "2024-01-01",
      "12:30",
      "no",
      "0o17",
      "+1",
    ]);
    return [
      file(
        `scalar-${n}.md`,
        `---\ntitle: ${title}\noutlet: ${title}\n---\n${body(r, n, t)}`,
        "md-yaml-scalars",
        { title, outlet: title },
      ),
    ];
  },
  "md-yaml-alias": (r, n, t) => {
    const outlet = `${inventedWord(r)} Post`;
    const fm = r.pick([
      `title: *nope\noutlet: &o ${outlet}\nbyline: *o\n`,
      `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ntitle: *d\noutlet: &o ${outlet}\n`,
      `outlet: &o ${outlet}\ntitle: *o\n`,
    ]);
    return [file(`alias-${n}.md`, `---\n${fm}---\n${body(r, n, t)}`, "md-yaml-alias", { outlet })];
  },
  "md-line-separators": (r, n, t) => {
    const title = `${headline(r, t)}${r.pick(["\u2028", "\u2029", "\u0085"])}${inventedWord(r)}`;
    const fm = `title: "${title}"\noutlet: '${inventedWord(r)}\u2028Daily'\n`;
    return [
      file(`sep-${n}.md`, `---\n${fm}---\n${body(r, n, t)}`, "md-line-separators", {
        title,
        outlet: fm.split("'")[1] ?? "",
      }),
    ];
  },
  "md-broken": (r, n, t) => {
    const fm = r.pick([
      "---\ntitle: [unclosed\n---\n",
      "---\ntitle: fine\n",
      `---\n${"k: v\n".repeat(10_000)}---\n`,
      "---\n\ttitle: tab\n---\n",
      "---\n- a list\n---\n",
      "---\ntitle: !!binary aGVsbG8=\n---\n",
      "---\ntitle: !<tag:evil> x\n---\n",
    ]);
    return [file(`broken-${n}.md`, `${fm}${body(r, n, t)}`, "md-broken")];
  },
  "md-deep": (r, n, t) => {
    const deep = r.pick([
      `${"- ".repeat(3000)}item`,
      `${"> ".repeat(3000)}quote`,
      "*a ".repeat(5000),
      "[".repeat(20_000),
      `${"<div>".repeat(3000)}x`,
      `${"  ".repeat(400)}- a\n`.repeat(50),
      "_".repeat(50_000),
    ]);
    return [
      file(`deep-${n}.md`, `# ${headline(r, t)}\n\n${body(r, n, t)}\n\n${deep}\n`, "md-deep"),
    ];
  },
  "md-injection": (r, n, t) => {
    const title = `${headline(r, t)} ${r.pick(injections(n))}`;
    const lines = injections(n).map((x) => (r.chance(0.5) ? x : `${x}\n`));
    return [
      file(
        `inject-${n}.md`,
        `---\ntitle: ${yamlDoubleQuoted(r, title)}\n---\n${body(r, n, t)}\n\n${lines.join("\n")}`,
        "md-injection",
        { title },
      ),
    ];
  },
  "html-meta": (r, n, t) => {
    const title = titleText(r, n, t);
    const outlet = sprinkle(r, `${inventedWord(r)} Times`, n, 2);
    const paragraphs = body(r, n, t, false)
      .split(/\n+|\u2029|\r\n/)
      .map((p) => `<p>${htmlEscaped(r, p)}</p>`);
    const html = `<!doctype html><html lang="en"><head><title>ignored</title><meta property="og:title" content="${htmlEscaped(r, title)}"><meta property="og:site_name" content="${htmlEscaped(r, outlet)}"></head><body><article>${paragraphs.join("\n")}</article></body></html>`;
    return [file(`page-${n}.html`, html, "html-meta", { title, outlet })];
  },
  "html-deep": (r, n, t) => {
    const inner = `<p>${body(r, n, t, false).replaceAll("<", "&lt;")}</p>`;
    const html = r.pick([
      `${"<div>".repeat(3000)}${inner}${"</div>".repeat(3000)}`,
      `<body>${"<p>x".repeat(31_000)}${inner}`,
      `${"<b><i>".repeat(2000)}${inner}`,
      `<table>${"<tr><td>".repeat(5000)}${inner}`,
    ]);
    return [file(`deep-${n}.html`, html, "html-deep")];
  },
  "html-script": (r, n, t) => {
    const bad = injections(n).slice(0, 19).join("\n");
    const html = `<html><head><base href="//evil.example/"><meta http-equiv="refresh" content="0;url=javascript:PWN_${n}=1"><link rel="canonical" href="javascript:PWN_${n}=1"><script>globalThis.PWN_${n}=1</script></head><body onload="PWN_${n}=1"><h1>${headline(r, t)}</h1>${bad}<p>${body(r, n, t, false).replaceAll("<", "&lt;")}</p></body></html>`;
    return [file(`script-${n}.html`, html, "html-script")];
  },
  utf16: (r, n, t) => {
    const text = `${headline(r, t)}\n\n${body(r, n, t)}`.toWellFormed();
    const variant = r.pick(["le-bom", "be-bom", "le"]);
    const le = Buffer.from(text, "utf16le");
    const bytes =
      variant === "be-bom"
        ? Buffer.concat([Buffer.from([0xfe, 0xff]), le.swap16()])
        : variant === "le-bom"
          ? Buffer.concat([Buffer.from([0xff, 0xfe]), le])
          : le;
    return [
      { path: `utf16-${variant}-${n}.txt`, kind: "file", bytes, cls: "utf16", expect: { text } },
    ];
  },
  bytes: (r, n) => {
    const variant = r.pick([
      "invalid",
      "latin1",
      "png",
      "nuls",
      "empty",
      "blank",
      "controls",
      "bom",
    ]);
    const bytes: Record<string, Uint8Array> = {
      invalid: Buffer.concat([
        utf8(`Report ${n}\n\nBad `),
        Buffer.from([0xc3, 0x28, 0xff, 0xed, 0xa0, 0x80]),
        utf8(" bytes."),
      ]),
      latin1: Buffer.from(`Caf\xe9 ${n}\n\nNa\xefve text.`, "latin1"),
      png: Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        Buffer.alloc(200, n),
      ]),
      nuls: Buffer.alloc(500, 0),
      empty: Buffer.alloc(0),
      blank: utf8(" \n\t\n\u2028\u00A0\n"),
      controls: utf8("\u0001\u0002\u202E\u200B\u0007".repeat(50)),
      bom: utf8(`\uFEFF\uFEFFReport ${n} Opens\n\n\uFEFFThe text ${inventedWord(r)} follows.`),
    };
    return [
      {
        path: `bytes-${variant}-${n}.txt`,
        kind: "file",
        bytes: bytes[variant] as Uint8Array,
        cls: "bytes",
        expect: {},
      },
    ];
  },
  "long-name": (r, n, t) => {
    const part = () => `${inventedWord(r)}${"x".repeat(r.int(100, 240))}`.slice(0, 250);
    const dirs = Array.from({ length: r.int(1, 6) }, part).join("/");
    const ext = r.pick([".txt", ".md", ".html"]);
    return [
      file(
        `${dirs}/${part().slice(0, 250 - ext.length)}${ext}`,
        `${headline(r, t)}\n\n${body(r, n, t)}`,
        "long-name",
      ),
    ];
  },
  "weird-name": (r, n, t) => {
    const name = r.pick([
      `${n} #?%2F%00.txt`,
      `..${n}.txt`,
      `-${n}.txt`,
      `\u202Etxt.exe${n}.txt`,
      `a\nb${n}.txt`,
      `\u0001${n}.txt`,
      `"><script>PWN_${n}=1</script>.txt`,
      `{PWN_${n}=1}.md`,
      `&amp;${n}.txt`,
      `\u{1F4F0}${n}.txt`,
      `${"\u0627".repeat(5)}${n}.txt`,
      `sp ace ${n} .txt`,
      `UPPER${n}.TXT`,
      `x${n}.Markdown`,
      `\\back${n}.txt`,
    ]);
    const text = `${headline(r, t)}\n\n${body(r, n, t)}`;
    // A Markdown file's body is read as Markdown (markup in it is dropped, its text kept), so
    // only a plain-text file's body is expected back word for word.
    const plain = /\.txt$/iu.test(name);
    return [file(name, text, "weird-name", plain ? { text } : {})];
  },
  "bad-name-bytes": (r, n, t) => {
    const text = `${headline(r, t)}\n\n${body(r, n, t)}`;
    const nameBytes = Buffer.concat([
      utf8(`raw${n}-`),
      Buffer.from([0xff, 0xfe, 0xc3]),
      utf8(".txt"),
    ]);
    return [
      {
        path: `raw${n}-\uFFFD\uFFFD\uFFFD.txt`,
        nameBytes,
        kind: "file",
        bytes: utf8(text),
        cls: "bad-name-bytes",
        expect: { text },
      },
    ];
  },
  "case-collision": (r, n, t) => {
    const base = inventedWord(r);
    return [
      `${base}.txt`,
      `${base.toLowerCase()}.txt`,
      `${base.toUpperCase()}.TXT`,
      `${base.toLowerCase()}.md`,
      `\u00C9${n}.txt`,
      `E\u0301${n}.txt`,
    ].map((name) => {
      const text = `${headline(r, t)}\n\n${body(r, n, t)}`;
      return file(
        `case-${n}/${name}`,
        text,
        "case-collision",
        name.endsWith(".md") ? {} : { text },
      );
    });
  },
  "reserved-name": (r, n, t) => {
    // The site's own routes (as src/ lists them) and names tools treat specially.
    const name = r.pick([...RESERVED_IDS, "favicon.ico", "robots.txt", "__proto__", "constructor"]);
    const text = `${headline(r, t)}\n\n${body(r, n, t)}`;
    return [file(`${r.chance(0.5) ? "" : `r${n}/`}${name}.txt`, text, "reserved-name", { text })];
  },
  huge: (r, n, t) => {
    const variant = r.pick(["long", "run", "repeat", "oversize", "lines"]);
    const text: Record<string, () => string> = {
      long: () =>
        `${headline(r, t)}\n\n${`${body(r, n, t, false)}\n\n`.repeat(Math.ceil(2_100_000 / 600))}`,
      run: () => `${headline(r, t)}\n\nStart ${"a".repeat(600_000)} end.`,
      repeat: () => `${headline(r, t)}\n\n${"evacuated ".repeat(40_000)}`,
      oversize: () => "x".repeat(17 * 1024 * 1024),
      lines: () => `${headline(r, t)}\n\n${"Short line.\n".repeat(100_000)}`,
    };
    return [file(`huge-${variant}-${n}.txt`, (text[variant] as () => string)(), "huge")];
  },
  "long-quote-pair": (r, n, t) => {
    const words = Array.from({ length: 30_000 }, () =>
      r.pick(["rebuild", "homes", "roads", "river", "we", "will", "the", "and"]),
    );
    const other = [...words];
    other[r.int(0, other.length - 1)] = "bridges";
    other[r.int(0, other.length - 1)] = "schools";
    const say = (w: string[]) =>
      `${headline(r, t)}\n\n"${w.join(" ")}," said ${t.person}.\n\n${body(r, n, t, false)}`;
    return [
      file(`quote-a-${n}.txt`, say(words), "long-quote-pair"),
      file(`quote-b-${n}.txt`, say(other), "long-quote-pair"),
    ];
  },
  "many-facts": (r, n, t) => {
    const lines = Array.from(
      { length: 80 },
      (_, i) =>
        `${inventedWord(r)} counted ${(i + 1) * r.int(2, 9)} ${r.pick(["boats", "trucks", "tents", "pumps"])} in ${r.pick(t.place === "" ? [""] : [t.place, inventedWord(r)])} on ${r.pick(["Monday", "Friday"])}.`,
    );
    return [file(`facts-${n}.txt`, `${headline(r, t)}\n\n${lines.join("\n\n")}`, "many-facts")];
  },
  special: (r, n, t) => {
    const variant = r.pick([
      "link-sibling",
      "link-passwd",
      "link-dangling",
      "link-dir",
      "fifo",
      "unreadable",
    ]);
    const text = `${headline(r, t)}\n\n${body(r, n, t)}`;
    const entry = (kind: FuzzEntry["kind"], target?: string): FuzzEntry => ({
      path: `special-${variant}-${n}.txt`,
      kind,
      bytes: utf8(text),
      cls: "special",
      expect: {},
      ...(target === undefined ? {} : { target }),
    });
    if (variant === "fifo") return [entry("fifo")];
    if (variant === "unreadable") return [entry("unreadable")];
    const target = {
      "link-sibling": `txt-${n}.txt`,
      "link-passwd": "/etc/passwd",
      "link-dangling": "nowhere/none.txt",
      "link-dir": ".",
    }[variant] as string;
    return [entry("symlink", target)];
  },
};

export const CLASS_NAMES = Object.keys(CLASSES);
/** Classes whose files are large or slow: fewer of them, so a run's time stays near its size. */
const HEAVY = new Set(["huge", "long-quote-pair", "md-deep", "html-deep", "long-name"]);

/**
 * `count` fuzz entries from `seed`. The first entries take every class in turn, so that even a
 * small run meets each one; the rest draw classes at random, heavy ones less often. Articles
 * share a handful of topics, so they cluster into stories with large charts.
 */
export function generate(count: number, seed: number): FuzzEntry[] {
  const r = seededRandom(seed);
  const topics = Array.from({ length: Math.max(2, Math.ceil(count / 40)) }, () => makeTopic(r));
  const entries: FuzzEntry[] = [];
  const usedPaths = new Set<string>();
  for (let n = 0; entries.length < count; n++) {
    let cls = n < CLASS_NAMES.length ? (CLASS_NAMES[n] as string) : r.pick(CLASS_NAMES);
    if (n >= CLASS_NAMES.length && HEAVY.has(cls) && r.chance(0.8)) cls = "txt-news";
    for (const e of (CLASSES[cls] as Make)(r, n, r.pick(topics))) {
      if (entries.length < count && !usedPaths.has(e.path.toLowerCase())) {
        usedPaths.add(e.path.toLowerCase());
        entries.push(e);
      } else if (entries.length < count && cls === "case-collision") {
        entries.push(e);
      }
    }
  }
  return entries;
}

/** Every tricky character, for a report's legend. */
export const TRICKY = TRICKY_CHARS;
