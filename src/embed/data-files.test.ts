import { describe, expect, it } from "vitest";
import { csvCell, dataJson, tableCsv } from "./data-files.ts";

describe("tableCsv", () => {
  it("writes a header row and one CRLF-terminated record per row", () => {
    const csv = tableCsv({
      caption: "Figures by source",
      head: ["Claim", "Lyon Daily", "Example Wire"],
      rows: [
        ["troops", "about 400", "500"],
        ["date", "14 March 2024", ""],
      ],
    });
    expect(csv).toBe(
      "Claim,Lyon Daily,Example Wire\r\ntroops,about 400,500\r\ndate,14 March 2024,\r\n",
    );
  });

  it("quotes cells with commas, quotes and line breaks, doubling quotes", () => {
    const csv = tableCsv({
      caption: "",
      head: ["Quote"],
      rows: [['She said "no", twice'], ["line one\nline two"], ["a\r\nb"]],
    });
    expect(csv).toBe('Quote\r\n"She said ""no"", twice"\r\n"line one\nline two"\r\n"a\r\nb"\r\n');
  });

  it("pads short rows so every record has as many fields as the widest", () => {
    expect(tableCsv({ caption: "", head: ["a", "b", "c"], rows: [["1"]] })).toBe(
      "a,b,c\r\n1,,\r\n",
    );
  });
});

describe("csvCell formula guard", () => {
  it("defuses cells a spreadsheet would run as formulas", () => {
    expect(csvCell('=HYPERLINK("http://example.test","x")')).toBe(
      '"\'=HYPERLINK(""http://example.test"",""x"")"',
    );
    expect(csvCell("+cmd|' /C calc'!A0")).toBe("'+cmd|' /C calc'!A0");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=1+1")).toBe("'\t=1+1");
    expect(csvCell("\r=1+1")).toBe('"\'\r=1+1"');
    expect(csvCell("-")).toBe("'-");
    expect(csvCell("-3 troops")).toBe("'-3 troops");
  });

  it("keeps real numbers, negative ones included, as they are", () => {
    for (const n of ["-3", "-3.5", "+1", "-1,250", "-12%", "-.5", "-1e3", "42"]) {
      expect(csvCell(n), n).toBe(n.includes(",") ? `"${n}"` : n);
    }
  });

  it("leaves ordinary text alone", () => {
    expect(csvCell("Jane Example")).toBe("Jane Example");
    expect(csvCell("a = b")).toBe("a = b");
  });
});

describe("dataJson", () => {
  it("sorts keys at every level, keeps array order, indents by two and ends with a newline", () => {
    const json = dataJson({ b: 1, a: { d: [3, 1, 2], c: "x" } });
    expect(json).toBe(
      '{\n  "a": {\n    "c": "x",\n    "d": [\n      3,\n      1,\n      2\n    ]\n  },\n  "b": 1\n}\n',
    );
    expect(dataJson({ a: 1, b: 2 })).toBe(dataJson({ b: 2, a: 1 }));
  });

  it("round-trips hostile strings and keeps a __proto__ key as data", () => {
    const value = JSON.parse('{"__proto__": {"polluted": true}, "t": "</script><b>\\u2028"}');
    const text = dataJson(value);
    expect(JSON.parse(text)).toEqual(value);
    expect(text).toContain('"__proto__"');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses a value with no JSON form", () => {
    expect(() => dataJson(undefined)).toThrow(/JSON/);
  });
});
