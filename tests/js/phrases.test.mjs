import assert from "node:assert/strict";
import { test } from "node:test";

import { pieces } from "../../docs/assets/js/keuzehulp/phrases.mjs";

const HEADLINE = "U moet een cliëntenraad hebben. Uw antwoord op ‘Toezicht’ en ‘Alleen eerstelijnszorg’ maakt dit zeker.";

test("each named phrase becomes its own piece, in text order, and the pieces are the text", () => {
  const found = pieces(HEADLINE, new Map([["‘Alleen eerstelijnszorg’", "eerstelijnszorg"], ["‘Toezicht’", "toezicht"]]));
  assert.equal(found.map((p) => p.text).join(""), HEADLINE);
  assert.deepEqual(found.filter((p) => p.key).map((p) => [p.text, p.key]),
    [["‘Toezicht’", "toezicht"], ["‘Alleen eerstelijnszorg’", "eerstelijnszorg"]]);
});

test("a phrase not in the text, an empty one or an overlapping one is left out", () => {
  assert.deepEqual(pieces("Geen vraag hier.", new Map([["‘Toezicht’", "toezicht"], ["", "leeg"]])),
    [{ text: "Geen vraag hier." }]);
  const found = pieces("abc", new Map([["ab", "x"], ["bc", "y"]]));
  assert.deepEqual(found, [{ text: "ab", key: "x" }, { text: "c" }]);
  assert.deepEqual(pieces("", new Map([["a", "x"]])), []);
});
