import assert from "node:assert/strict";
import { test } from "node:test";

import { bandOf, earlyObligations, fillIn } from "../../docs/assets/js/keuzehulp/early.mjs";
import { parseFragment } from "../../docs/assets/js/keuzehulp/fragment.mjs";

// A table of the build's shape (inspraakwijzer/early_advice.py), small enough to read.
const TABLE = {
  axes: [
    { id: "verblijf", values: ["kort", "langdurig"] },
    { id: "sector", values: ["ggz", "vvt"] },
    { id: "zorgverleners", bands: [[0, 10], [11, 50], [51, 1000000]], fill: "{zorgverleners}" },
  ],
  free: [{ id: "doelgroep", values: ["dementie", "naasten"], list: true }, { id: "clientenraad", values: ["ja", "opstarten"], list: false }],
  wait: ["locaties", "zelfstandig"],
  obligations: [
    { id: "raad", status: "nee", why: "Met {zorgverleners} zorgverleners hoeft het niet." },
    { id: "raad", status: "ja", why: "Met {zorgverleners} zorgverleners moet het.", items: [{ text: "{zorgverleners} mensen" }] },
    { id: "klacht", status: "ja", why: "Altijd." },
  ],
  // verblijf × sector × band, in that order: 2 × 2 × 3 cells.
  cells: [[0, 2], [1, 2], [1, 2], [0], [1], [1], [2], [1, 2], [1], [0, 2], [1], [1, 2]],
  disclaimer: "",
};

const look = (hash) => earlyObligations(TABLE, parseFragment(hash));

test("bands include both ends; a number outside every band or not as the engine writes it is -1", () => {
  const bands = TABLE.axes[2].bands;
  assert.deepEqual(["0", "10", "11", "50", "51", "1000000"].map((v) => bandOf(bands, v)), [0, 0, 1, 1, 2, 2]);
  for (const value of ["1000001", "-1", "05", "1e3", " 7", "7 ", "1.200", "abc", "", "9".repeat(400)]) {
    assert.equal(bandOf(bands, value), -1, value);
  }
});

test("the cell is found per axis and band, and the number is filled into every string", () => {
  assert.deepEqual(look("verblijf=kort&sector=ggz&zorgverleners=7"), [
    { id: "raad", status: "nee", why: "Met 7 zorgverleners hoeft het niet." },
    { id: "klacht", status: "ja", why: "Altijd." },
  ]);
  assert.deepEqual(look("verblijf=kort&sector=vvt&zorgverleners=30"), [
    { id: "raad", status: "ja", why: "Met 30 zorgverleners moet het.", items: [{ text: "30 mensen" }] },
  ]);
  assert.deepEqual(look("verblijf=langdurig&sector=vvt&zorgverleners=1000000").map((o) => o.id), ["raad", "klacht"]);
  assert.deepEqual(look("sector=vvt&verblijf=langdurig&zorgverleners=0").map((o) => o.status), ["nee", "ja"]);
});

test("the table's own entries are not changed by filling in", () => {
  look("verblijf=kort&sector=ggz&zorgverleners=7");
  assert.equal(TABLE.obligations[0].why, "Met {zorgverleners} zorgverleners hoeft het niet.");
});

test("free answers the table lists do not matter; others make the page wait", () => {
  assert.ok(look("verblijf=kort&sector=ggz&zorgverleners=7&doelgroep=dementie,naasten&clientenraad=ja&plan=x"));
  assert.ok(look("verblijf=kort&sector=ggz&zorgverleners=7&__proto__=1&constructor=x"));
  assert.equal(look("verblijf=kort&sector=ggz&zorgverleners=7&doelgroep=Dementie"), null);
  assert.equal(look("verblijf=kort&sector=ggz&zorgverleners=7&doelgroep=dementie,"), null);
  assert.equal(look("verblijf=kort&sector=ggz&zorgverleners=7&clientenraad=dementie"), null);
});

test("a question the table cannot decide without the engine makes the page wait", () => {
  assert.equal(look("verblijf=kort&sector=ggz&zorgverleners=7&locaties=2"), null);
  assert.equal(look("verblijf=kort&sector=ggz&zorgverleners=7&zelfstandig="), null);
});

test("a value the table does not list, or a missing axis, is null: wait for the engine", () => {
  for (const hash of ["verblijf=Kort&sector=ggz&zorgverleners=7", "verblijf=kort&sector=toString&zorgverleners=7",
    "verblijf=kort&sector=constructor&zorgverleners=7", "verblijf=kort&sector=ggz", "sector=ggz&zorgverleners=7",
    "verblijf=kort&sector=ggz&zorgverleners=1000001", "verblijf=kort&sector=ggz&zorgverleners=1e3",
    "verblijf=kort&sector=ggz&zorgverleners=012", "verblijf=kort%00&sector=ggz&zorgverleners=7", ""]) {
    assert.equal(look(hash), null, hash);
  }
});

test("fillIn replaces in nested strings and leaves other values", () => {
  assert.deepEqual(fillIn({ a: ["x {n} {n}", 3, null, true], b: { c: "{n}" } }, "{n}", "5"),
    { a: ["x 5 5", 3, null, true], b: { c: "5" } });
});
