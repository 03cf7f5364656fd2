import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { HtmlValidate } from "html-validate";
import { describe, expect, inject, it } from "vitest";

/**
 * Every page of the built sites (story, source and entity pages, indexes, search, 404, embed
 * pages) against html-validate's recommended rules: valid, well-formed HTML with the
 * accessibility rules it adds (labels, headings, unique ids, titles).
 */
const validator = new HtmlValidate({ extends: ["html-validate:recommended"] });

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

async function problems(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const file of htmlFiles(dir)) {
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const m of result.messages) {
        if (m.severity === 2)
          out.push(`${relative(dir, file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
  }
  return out;
}

describe("html-validate (recommended)", () => {
  it("finds no error on any page of the sample site", async () => {
    const dir = inject("siteDir");
    expect(htmlFiles(dir).length).toBeGreaterThan(10);
    expect(await problems(dir)).toEqual([]);
  });

  it("finds no error on any page of the site built from hostile seeds", async () => {
    expect(await problems(inject("hostileDir"))).toEqual([]);
  });
});
