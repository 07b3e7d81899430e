import assert from "node:assert/strict";
import { test } from "node:test";

import { readTyped, readWritten } from "../../docs/assets/js/keuzehulp/numbers.mjs";

const typed = [
  ["12", 12], ["0", 0], ["012", 12], [" 12 ", 12], ["1200", 1200],
  ["1.200", 1200], ["1 200", 1200], ["1\u00a0200", 1200], ["1.200.000", 1200000], ["12 345 678", 12345678],
  ["9007199254740991", Number.MAX_SAFE_INTEGER],
];
const garbage = [
  "", " ", "abc", "12a", "1,5", "1,200", "1.5", "1.20", "1.2000", "1.200 000", ".200", "1.", "1..200",
  "-3", "- 3", "+3", "1e3", "0x10", "Infinity", "NaN", "١٢", "9007199254740993", "9".repeat(5000),
];

for (const [text, number] of typed) {
  test(`typed ${JSON.stringify(text)} reads as ${number}`, () => assert.equal(readTyped(text), number));
}

for (const text of garbage) {
  test(`typed ${JSON.stringify(text.slice(0, 20))} is no whole number`, () => assert.equal(readTyped(text), null));
}

test("as the engine writes it back: only the plain form counts", () => {
  assert.equal(readWritten("12"), 12);
  assert.equal(readWritten("0"), 0);
  for (const text of ["012", "+12", " 12", "12 ", "1.200", "1 200", "1e3", "12.0", "", "9".repeat(400)]) {
    assert.equal(readWritten(text), null, text);
  }
});
