import { describe, expect, it } from "vitest";
import { decodeEntities, xml } from "./xml.ts";

describe("xml", () => {
  it("reads elements, attributes, text and self-closing tags", () => {
    const root = xml(
      `<?xml version="1.0"?><Doc a="1"><!-- note --><t id="x">one &amp; two</t><m ref="y" /></Doc>`,
    );
    const doc = root.children[0];
    expect(doc?.name).toBe("Doc");
    expect(doc?.attributes).toEqual({ a: "1" });
    expect(doc?.children.map((c) => c.name)).toEqual(["t", "m"]);
    expect(doc?.children[0]?.text).toBe("one & two");
    expect(doc?.children[1]?.attributes.ref).toBe("y");
    expect(doc?.children[1]?.children).toEqual([]);
  });

  it("refuses a closing tag that does not match, and an element never closed", () => {
    expect(() => xml("<a><b></a>")).toThrow(/closes <b>/);
    expect(() => xml("<a><b/>")).toThrow(/never closed/);
  });

  it("decodes the predefined and numeric entities", () => {
    expect(decodeEntities("&lt;x&gt; &quot;&apos; &#233;&#x41;")).toBe(`<x> "' éA`);
  });
});
