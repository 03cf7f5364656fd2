import { describe, expect, it } from "vitest";
import { PLACE, RECRUITS, TROOPS } from "../../tests/support/chart-fixtures.ts";
import { OKABE_ITO } from "./palette.ts";
import {
  CELL_ORDER,
  CELL_WORDS,
  cellState,
  STATUS_WORDS,
  statusMark,
  statusMarkKind,
} from "./status.ts";

describe("cellState", () => {
  it("says what each source does with a claim", () => {
    expect(cellState(TROOPS, "reuters")).toBe("differs");
    expect(cellState(TROOPS, "kyiv")).toBe("absent");
    expect(cellState(RECRUITS, "kyiv")).toBe("reported");
    expect(cellState(PLACE, "reuters")).toBe("compatible");
  });
});

describe("statusMark", () => {
  it("draws differs as a hollow diamond, agree as a filled circle", () => {
    const differs = statusMark("differs", 0, 0);
    expect(differs).toMatch(/<path d="M 0 -7.5 L 7.5 0 L 0 7.5 L -7.5 0 Z" fill="none"/);
    expect(differs).toContain(`stroke="${OKABE_ITO.vermillion}"`);
    const agree = statusMark("agree", 0, 0);
    expect(agree).toMatch(/<circle r="6" fill="#009E73"/);
  });

  it("gives every state a different shape and a different word", () => {
    const shapes = CELL_ORDER.map((s) => statusMark(s, 0, 0).replace(/class="[^"]*"/g, ""));
    expect(new Set(shapes).size).toBe(CELL_ORDER.length);
    expect(new Set(CELL_ORDER.map((s) => CELL_WORDS[s])).size).toBe(CELL_ORDER.length);
    expect(CELL_WORDS.differs).toBe("differs");
  });

  it("maps a claim's status to a mark and a word", () => {
    expect(statusMarkKind("differ")).toBe("differs");
    expect(statusMarkKind("single-source")).toBe("single");
    expect(STATUS_WORDS.differ).toBe("differs");
    expect(statusMark("single", 0, 0)).toContain('fill="none"');
  });
});
