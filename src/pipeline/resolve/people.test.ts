import { describe, expect, it } from "vitest";
import { compatibleNames, sameOffice } from "./people.ts";

describe("compatibleNames", () => {
  it("matches familiar and formal given names, and initials", () => {
    expect(compatibleNames("Jim Quarrington", "James Quarrington", "Quarrington")).toBe(true);
    expect(compatibleNames("Chuck Ellery", "Charles E. Ellery", "Ellery")).toBe(true);
    expect(compatibleNames("W. Tobin Marsh", "Tobin Marsh", "Marsh")).toBe(true);
    expect(compatibleNames("Frederick C. Lyle", "Frederick Carver Lyle", "Lyle")).toBe(true);
  });

  it("matches a person who goes by a middle name with the full name", () => {
    expect(compatibleNames("William Tobin Marsh", "Tobin Marsh", "Marsh")).toBe(true);
    expect(compatibleNames("William Tobin Marsh", "W. Tobin Marsh Sr.", "Marsh")).toBe(true);
    // Not with another given name, nor with names out of order.
    expect(compatibleNames("William Tobin Marsh", "Joan Marsh", "Marsh")).toBe(false);
    expect(compatibleNames("William Tobin Marsh", "Tobin William Marsh", "Marsh")).toBe(false);
  });

  it("keeps different given names and different middle initials apart", () => {
    expect(compatibleNames("Rob Quarrington", "Nick Quarrington", "Quarrington")).toBe(false);
    expect(compatibleNames("John A. Ellery", "John B. Ellery", "Ellery")).toBe(false);
  });

  it("never makes a son of the father: Jr. matches only Jr.", () => {
    expect(compatibleNames("Daniel Quarrington Jr.", "Daniel Quarrington", "Quarrington")).toBe(
      false,
    );
    expect(compatibleNames("Daniel Quarrington Jr.", "Daniel Quarrington Sr.", "Quarrington")).toBe(
      false,
    );
    expect(compatibleNames("Daniel Quarrington Jr.", "Dan Quarrington Jr.", "Quarrington")).toBe(
      true,
    );
    expect(compatibleNames("Daniel Quarrington III", "Daniel Quarrington", "Quarrington")).toBe(
      true,
    );
  });
});

describe("sameOffice", () => {
  it("reads the office in a role, whatever the modifiers", () => {
    expect(sameOffice("Former Vice President", "vice president")).toBe(true);
    expect(sameOffice("Former Vice President", "daughter")).toBe(false);
    expect(sameOffice("Senator", "Governor")).toBe(false);
  });
});
