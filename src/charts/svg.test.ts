import { describe, expect, it } from "vitest";
import { el, escapeXml, join, num, path, round, text, translate } from "./svg.ts";

describe("escapeXml", () => {
  it("escapes the five XML specials", () => {
    expect(escapeXml(`<script>alert("x")</script> & 'y'`)).toBe(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;",
    );
  });

  it("escapes an ampersand that already looks like an entity (text is text)", () => {
    expect(escapeXml("&amp;")).toBe("&amp;amp;");
  });

  it("drops characters XML cannot carry, keeps tabs, newlines and astral characters", () => {
    expect(escapeXml("a\u0000b\u0008c\u001Fd\uFFFEe")).toBe("abcde");
    expect(escapeXml("a\tb\nc")).toBe("a\tb\nc");
    expect(escapeXml("lone \uD800 high, lone \uDC00 low")).toBe("lone  high, lone  low");
    expect(escapeXml("emoji 🎉")).toBe("emoji 🎉");
  });
});

describe("round and num", () => {
  it("round to two decimals and never write -0 or exponents", () => {
    expect(round(1.23456)).toBe(1.23);
    expect(round(-0.001)).toBe(0);
    expect(num(-0.001)).toBe("0");
    expect(num(1.1)).toBe("1.1");
    expect(num(2)).toBe("2");
    expect(num(1e-7)).toBe("0");
    expect(num(Number.NaN)).toBe("0");
  });
});

describe("el", () => {
  it("escapes attribute values, rounds numbers and leaves out empty attributes", () => {
    const out = el("text", { x: 1.005, y: 2.3333, class: 'a"b<c', hidden: false, id: undefined });
    expect(out).toBe('<text x="1" y="2.33" class="a&quot;b&lt;c"/>');
  });

  it("nests children and only text() turns a string into content", () => {
    const out = el("g", {}, el("text", {}, text("<b>&</b>")), null, false, [
      el("rect", { width: 1 }),
    ]);
    expect(out).toBe('<g><text>&lt;b&gt;&amp;&lt;/b&gt;</text><rect width="1"/></g>');
  });

  it("refuses element and attribute names that could inject markup", () => {
    expect(() => el("g onload=x", {})).toThrow();
    expect(() => el("g", { "x onload": 1 })).toThrow();
  });
});

describe("path, translate and join", () => {
  it("round the numbers they are given", () => {
    expect(path(["M", 1.234, 5.678, "L", 0, -0.0001])).toBe("M 1.23 5.68 L 0 0");
    expect(translate(1 / 3, 2 / 3)).toBe("translate(0.33,0.67)");
    expect(join(text("a"), [text("b"), [text("c")]], null)).toBe("abc");
  });
});
