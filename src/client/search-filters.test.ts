import { describe, expect, it } from "vitest";
import { filterQuery, readFilters } from "./search-filters.ts";

describe("search filters in the address", () => {
  it("reads repeated filters and ignores unknown or empty ones", () => {
    const params = new URLSearchParams(
      "q=lyon&type=Place&type=Story&type=&colour=red&country=France",
    );
    expect(readFilters(params)).toEqual({ type: ["Place", "Story"], country: ["France"] });
  });

  it("writes a query and filters that read back the same", () => {
    const search = filterQuery("jane example", { type: ["Person"], source: ["Example Times"] });
    expect(search).toBe("?q=jane+example&type=Person&source=Example+Times");
    expect(readFilters(new URLSearchParams(search))).toEqual({
      type: ["Person"],
      source: ["Example Times"],
    });
  });

  it("gives an empty search part when there is nothing to keep", () => {
    expect(filterQuery("", {})).toBe("");
  });
});
