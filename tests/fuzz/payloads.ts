import type { Random } from "./random.ts";

/**
 * The hostile pieces the fuzz articles are made of. Everything here is invented: names are
 * built from syllables, and the only real place names come from the gazetteer at run time.
 */

/** Characters the README says are dropped, turned into line breaks, or kept but tricky. */
export const TRICKY_CHARS = [
  "\u0000",
  "\u0001",
  "\u0007",
  "\u0008",
  "\u000B",
  "\u000C",
  "\u001B",
  "\u007F",
  "\u0080",
  "\u0085",
  "\u009B",
  "\u009F",
  "\u00AD",
  "\u061C",
  "\u200B",
  "\u200D",
  "\u200E",
  "\u200F",
  "\u2028",
  "\u2029",
  "\u202A",
  "\u202B",
  "\u202C",
  "\u202D",
  "\u202E",
  "\u2060",
  "\u2066",
  "\u2067",
  "\u2068",
  "\u2069",
  "\uFEFF",
  "\uFFFD",
  "\uFFFE",
  "\uD800",
  "\uDFFF",
  "\t",
  "\r",
  "\r\n",
  "e\u0301",
  "\u0627\u0644\u0639",
  "\u05E9\u05DC",
  "\u6771",
  "\u{1F469}\u200D\u{1F52C}",
  "\u{1D54F}",
  "\u00A0",
];

/**
 * Markup, template and script syntax that must stay text. `n` makes each payload's global flag
 * and file name unique, so a hit names the article.
 */
export function injections(n: number): string[] {
  const flag = `globalThis.PWN_${n}=1`;
  return [
    `<script>${flag};alert(${n})</script>`,
    `<img src=x onerror="${flag}">`,
    `"><svg onload=${flag}>`,
    `</script><script>${flag}</script>`,
    `{${flag}}`,
    `{process.getBuiltinModule('node:fs').writeFileSync('PWNED_${n}','x')}`,
    `\${${flag}}`,
    `\`\${${flag}}\``,
    `import fs from "node:fs"; fs.writeFileSync("PWNED_${n}", "x")`,
    `export const x = (${flag})`,
    `<!-- {${flag}} -->`,
    "<![CDATA[ ]]> ]]>",
    `{{${flag}}} <%= ${flag} %> {% ${flag} %}`,
    `javascript:${flag}`,
    `<a href="javascript:${flag}">link</a>`,
    `<iframe srcdoc="<script>${flag}</script>"></iframe>`,
    `<meta http-equiv="refresh" content="0;url=javascript:${flag}">`,
    `<base href="//evil.example/">`,
    `<style>@import url(//evil.example/x.css)</style>`,
    "&amp;lt;script&amp;gt; &#x202E; &#0; &lt;b&gt;",
    "\\u202E \\x00 \\n \\\\",
    "[click](javascript:alert(1)) ![x](//evil.example/x.png)",
    "<Alert client:load />",
    "{/* comment */}",
    "__proto__ constructor prototype",
  ];
}

const SYLLABLES = ["ta", "ver", "mon", "li", "sa", "dor", "ke", "bri", "nol", "ra", "ve", "zu"];

/** An invented capitalized word ("Talivor"), never a real name. */
export function inventedWord(r: Random, syllables = r.int(2, 3)): string {
  let w = "";
  for (let i = 0; i < syllables; i++) w += r.pick(SYLLABLES);
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** An invented person's name. */
export function inventedPerson(r: Random): string {
  return `${inventedWord(r, 2)} ${inventedWord(r, 3)}`;
}

/** Text with tricky characters and an injection sprinkled into ordinary words. */
export function sprinkle(r: Random, text: string, n: number, amount = r.int(1, 6)): string {
  const words = text.split(" ");
  for (let i = 0; i < amount; i++) {
    const at = r.int(0, words.length);
    const piece = r.chance(0.25) ? r.pick(injections(n)) : r.pick(TRICKY_CHARS);
    words.splice(at, 0, piece);
  }
  return words.join(r.chance(0.5) ? " " : r.pick([" ", "  ", "\u00A0", " \u200B"]));
}

/** A YAML double-quoted scalar whose value is exactly `s`, written with YAML's escapes. */
export function yamlDoubleQuoted(r: Random, s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    const c = ch.charCodeAt(0);
    const named: Record<number, string> = {
      0: "\\0",
      7: "\\a",
      8: "\\b",
      9: "\\t",
      10: "\\n",
      11: "\\v",
      12: "\\f",
      13: "\\r",
      27: "\\e",
      34: '\\"',
      92: "\\\\",
      133: "\\N",
      160: "\\_",
      8232: "\\L",
      8233: "\\P",
    };
    if (named[c] !== undefined) out += named[c];
    else if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) out += `\\x${hex(c, 2)}`;
    else if (c >= 0xd800 && c <= 0xdfff) out += `\\u${hex(c, 4)}`;
    else if (c > 0x7e && r.chance(0.5)) out += `\\u${hex(c, 4)}`;
    else out += ch;
  }
  return `${out}"`;
}

/**
 * `s` as HTML attribute or text content, every markup character escaped and some others written
 * as character references, so that the page's value is exactly `s` once decoded.
 */
export function htmlEscaped(r: Random, s: string): string {
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (ch === "&") out += r.pick(["&amp;", "&#38;", "&#x26;"]);
    else if (ch === "<") out += r.pick(["&lt;", "&#60;"]);
    else if (ch === ">") out += "&gt;";
    else if (ch === '"') out += r.pick(["&quot;", "&#34;"]);
    else if (ch === "'") out += "&#39;";
    else if (c === 0x202e || c === 0x200b || c === 0x00ad || c === 0x2066 || c === 0x07)
      out += r.pick([`&#x${c.toString(16)};`, `&#${c};`]);
    // Not 0x80-0x9F: HTML maps those references to Windows-1252 characters, not to the controls.
    else if (c > 0x9f && r.chance(0.3)) out += `&#x${c.toString(16)};`;
    else out += ch;
  }
  return out;
}

function hex(n: number, width: number): string {
  return n.toString(16).toUpperCase().padStart(width, "0");
}
