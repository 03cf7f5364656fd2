/**
 * The review as one self-contained HTML page (inline style, one small inline script for the copy
 * buttons): `npm run review` writes it beside the site, never into it. Every string from the
 * articles goes through escapeXml.
 */
import { escapeXml as esc } from "../charts/svg.ts";
import type { Evidence, ReviewItem } from "./items.ts";

const STYLE = `
body{font:16px/1.45 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem;color:#1b1b1b;background:#fff}
h1{font-size:1.5rem;margin:.2em 0}.lead{color:#444;margin:.2em 0 1em}
ol{list-style:none;padding:0}li.item{border:1px solid #bbb;border-radius:6px;padding:.6rem .8rem;margin:0 0 .8rem}
.head{display:flex;gap:.6rem;align-items:baseline;flex-wrap:wrap}.head h2{font-size:1rem;margin:0;flex:1}
.score{font-variant-numeric:tabular-nums;font-weight:700;min-width:4.5em}
.kind{font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;border:1px solid currentColor;border-radius:3px;padding:0 .3em}
.checked{color:#005a32}.decision{margin:.3em 0}.reason{color:#333;margin:.3em 0}
blockquote{margin:.3em 0 .3em .6rem;padding-left:.6rem;border-left:3px solid #888}blockquote b{font-weight:600}
mark{background:#fde68a;color:inherit}pre{background:#f4f4f4;padding:.4rem .6rem;overflow-x:auto;margin:.3em 0}
button{font:inherit;font-size:.9rem;padding:.15em .6em;cursor:pointer}
@media (prefers-color-scheme:dark){body{background:#15171a;color:#e8e8e8}.lead,.reason{color:#c8c8c8}pre{background:#24272b}mark{background:#806000}.checked{color:#7fd6a4}}
`;

const SCRIPT = `document.addEventListener("click",e=>{const b=e.target.closest("button[data-copy]");if(!b)return;const t=document.getElementById(b.dataset.copy).textContent;const done=()=>{b.textContent="Copied";setTimeout(()=>{b.textContent="Copy correction"},1500)};navigator.clipboard?navigator.clipboard.writeText(t).then(done,()=>{}):0});`;

/** The sentence with the item's words marked, all escaped. */
function marked(e: Evidence): string {
  // A statement's words are its whole sentence: nothing to single out.
  const whole = e.mark.trim().length >= e.sentence.trim().length;
  const at = e.mark && !whole ? e.sentence.indexOf(e.mark) : -1;
  const body =
    at < 0
      ? esc(e.sentence)
      : `${esc(e.sentence.slice(0, at))}<mark>${esc(e.mark)}</mark>${esc(e.sentence.slice(at + e.mark.length))}`;
  return `<blockquote><b>${esc(e.source)}:</b> ${body}</blockquote>`;
}

export function reviewPage(items: readonly ReviewItem[], title: string): string {
  const scored = items.filter((i) => i.score !== null).length;
  const rows = items.map((item, n) => {
    const id = `fix-${n + 1}`;
    return `<li class="item" id="item-${n + 1}">
<div class="head"><span class="score" title="the machine's own confidence">${item.score === null ? "no score" : item.score.toFixed(3)}</span><span class="kind">${esc(item.kind)}</span><h2>${esc(item.heading)}</h2>${item.checked ? '<span class="checked">✓ checked by the editors</span>' : ""}</div>
<p class="decision">Decided: <strong>${esc(item.decision)}</strong></p>
<p class="reason">${esc(item.reason)}</p>
${item.evidence.map(marked).join("\n")}
<pre id="${id}">${esc(item.snippet)}</pre>
<button type="button" data-copy="${id}" aria-label="Copy correction for item ${n + 1}">Copy correction</button>
</li>`;
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${esc(title)}</title><style>${STYLE}</style></head>
<body><main>
<h1>${esc(title)}</h1>
<p class="lead">${items.length} items to check. The ${scored} aligned claims come first, weakest evidence first (the aligner's own score, 0 to 1); then what the machine gives no score: claims only one source makes, names it merged, quote speakers and story titles. Paste a correction under <code>corrections:</code> in <code>corrections.yml</code> in the seeds folder and build again.</p>
<ol>
${rows.join("\n")}
</ol>
</main><script>${SCRIPT}</script></body></html>
`;
}

/** The same items as plain text, for the terminal. */
export function reviewText(items: readonly ReviewItem[]): string {
  return items
    .map((item, n) => {
      const score = item.score === null ? "  -  " : item.score.toFixed(3);
      return [
        `${String(n + 1).padStart(3)}. [${score}] ${item.kind}: ${item.heading}${item.checked ? " (checked)" : ""}`,
        `     decided: ${item.decision}`,
        `     why: ${item.reason}`,
        ...item.evidence.map((e) => `     ${e.source}: ${e.sentence}`),
        ...item.snippet.split("\n").map((l) => `     | ${l}`),
      ].join("\n");
    })
    .join("\n\n");
}
