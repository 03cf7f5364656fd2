import { describe, expect, it } from "vitest";
import { MAX_WORD_VARIANTS, nameFamilies, wordVariants } from "./transliteration.ts";

const SLAVIC = { slavic: true, arabic: false };
const ARABIC = { slavic: false, arabic: true };
const NONE = { slavic: false, arabic: false };

describe("nameFamilies", () => {
  it("sees Slavic romanisations in surname endings and initial Ye", () => {
    for (const words of [
      ["Fyodor", "Dostoevsky"],
      ["Anna", "Examplova"],
      ["Boris", "Yeltsin"],
      ["Olena", "Examplenko"],
      ["Dmitriy", "Example"],
      ["Volodymyr", "Example-Kovalskyy"],
    ]) {
      expect(nameFamilies(words), words.join(" ")).toEqual(SLAVIC);
    }
  });
  it("sees Arabic romanisations in articles, patronymics and name shapes", () => {
    for (const words of [
      ["Khalid", "al-Example"],
      ["Ahmed", "bin", "Example"],
      ["Abdelkarim", "Example"],
      ["Mohammed", "Example"],
    ]) {
      expect(nameFamilies(words), words.join(" ")).toEqual(ARABIC);
    }
  });
  it("sees neither in an English name", () => {
    expect(nameFamilies(["Emily", "Jane", "Example"])).toEqual(NONE);
  });
});

describe("wordVariants, Slavic", () => {
  it("varies -sky endings both ways", () => {
    const v = wordVariants("Dostoevsky", SLAVIC);
    expect(v).toEqual(expect.arrayContaining(["Dostoyevsky", "Dostoevski", "Dostoevskiy"]));
    expect(wordVariants("Dostoyevsky", SLAVIC)).toContain("Dostoevsky");
    expect(wordVariants("Example-Kovalskyy", SLAVIC)).toEqual(
      expect.arrayContaining(["Example-Kovalsky", "Example-Kovalskiy", "Example-Kovalski"]),
    );
  });
  it("swaps Tch and Ch", () => {
    expect(wordVariants("Tchaikovsky", SLAVIC)).toContain("Chaikovsky");
    expect(wordVariants("Chaikovsky", SLAVIC)).toContain("Tchaikovsky");
  });
  it("swaps initial Ye and E", () => {
    expect(wordVariants("Yeltsin", SLAVIC)).toContain("Eltsin");
    expect(wordVariants("Eltsin", SLAVIC)).toContain("Yeltsin");
    expect(wordVariants("Yevgeny", SLAVIC)).toContain("Evgeny");
  });
  it("varies soft endings", () => {
    expect(wordVariants("Dmitriy", SLAVIC)).toEqual(
      expect.arrayContaining(["Dmitry", "Dmitri", "Dmitrii"]),
    );
    expect(wordVariants("Grigoryev", SLAVIC)).toEqual(["Grigoriev", "Grigorev"]);
    expect(wordVariants("Examplev", SLAVIC)).toEqual([]);
    expect(wordVariants("Sergeev", SLAVIC)).toContain("Sergeyev");
  });
  it("swaps kh/h, yu/iu, ya/ia, ts/tz", () => {
    expect(wordVariants("Mikhail", SLAVIC)).toContain("Mihail");
    expect(wordVariants("Yulia", SLAVIC)).toContain("Iulia");
    expect(wordVariants("Ilya", SLAVIC)).toContain("Ilia");
    expect(wordVariants("Trotsky", SLAVIC)).toContain("Trotzky");
    expect(wordVariants("Zhukov", SLAVIC)).toContain("Jukov");
  });
  it("does not invent an iotated E before letters Cyrillic never gives", () => {
    expect(wordVariants("Example", SLAVIC)).toEqual([]);
  });
});

describe("wordVariants, Arabic", () => {
  it("reaches the common spellings of a name through general vowel rules", () => {
    expect(wordVariants("Mohammed", ARABIC)).toEqual(
      expect.arrayContaining(["Mohammad", "Muhammed", "Mohamed", "Muhammad"]),
    );
    expect(wordVariants("Muhammad", ARABIC)).toContain("Mohammed");
    expect(wordVariants("Ahmed", ARABIC)).toEqual(["Ahmad"]);
    expect(wordVariants("Rasheed", ARABIC)).toContain("Rashid");
    expect(wordVariants("Hussein", ARABIC)).toEqual(
      expect.arrayContaining(["Hussain", "Husain", "Husein"]),
    );
  });
  it("swaps the article's vowel, keeping its case", () => {
    expect(wordVariants("al-Example", NONE)).toEqual(["el-Example"]);
    expect(wordVariants("El-Example", NONE)).toEqual(["Al-Example"]);
  });
});

describe("wordVariants, limits", () => {
  it("changes nothing when no family applies", () => {
    expect(wordVariants("Emily", NONE)).toEqual([]);
    expect(wordVariants("Dostoevsky", NONE)).toEqual([]);
  });
  it("keeps capitals and leaves inner-capital or non-Latin words alone", () => {
    expect(wordVariants("DOSTOEVSKY", SLAVIC)).toContain("DOSTOYEVSKY");
    expect(wordVariants("McExampleov", SLAVIC)).toEqual([]);
    expect(wordVariants("Достоевский", SLAVIC)).toEqual([]);
  });
  it("folds accents before applying rules", () => {
    expect(wordVariants("Examplóvsky", SLAVIC)).toContain("Examplovski");
  });
  it("caps the variants of a word and never repeats the word", () => {
    for (const w of ["Dostoevsky", "Tchaikovsky", "Mohammed", "Yevgeniy"]) {
      const v = wordVariants(w, { slavic: true, arabic: true });
      expect(v.length).toBeLessThanOrEqual(MAX_WORD_VARIANTS);
      expect(v).not.toContain(w);
      expect(new Set(v).size).toBe(v.length);
    }
  });
  it("is deterministic", () => {
    expect(wordVariants("Dostoevsky", SLAVIC)).toEqual(wordVariants("Dostoevsky", SLAVIC));
  });
});
