import { test } from "node:test";
import assert from "node:assert/strict";
import { errorLines } from "../../docs/assets/js/keuzehulp/errors.mjs";

const words = {
  names: { sector: "Sector", verblijf: "Verblijf", zorgverleners: "Aantal zorgverleners" },
  missing: "{vraag}: dit antwoord ontbreekt.",
  unknown_value: "{vraag}: ‘{waarde}’ kennen wij niet.",
};
const engineMessage = "Sector: ‘ouderen’ kennen wij niet. Kies uit: huishoudelijke-hulp, justitie, ggd-jgz.";

test("an unknown choice is named with the question's label, without the engine's list of values", () => {
  const answer = { errors: [{ field: "sector", kind: "unknown_value", message: engineMessage }], missing: [] };
  const lines = errorLines(answer, new Map([["sector", "ouderen"]]), words);
  assert.deepEqual(lines, [{ field: "sector", text: "Sector: ‘ouderen’ kennen wij niet." }]);
});

test("missing answers follow the errors, each named", () => {
  const answer = { errors: [{ field: "zorgverleners", kind: "too_large", message: "Aantal zorgverleners: te groot." }],
    missing: ["verblijf"] };
  const lines = errorLines(answer, new Map([["zorgverleners", "99999999"]]), words);
  assert.deepEqual(lines, [
    { field: "zorgverleners", text: "Aantal zorgverleners: te groot." },
    { field: "verblijf", text: "Verblijf: dit antwoord ontbreekt." },
  ]);
});

test("a value with braces or a great length is shown as text, cut", () => {
  const long = "{vraag}" + "x".repeat(60);
  const answer = { errors: [{ field: "sector", kind: "unknown_value", message: engineMessage }] };
  const [line] = errorLines(answer, new Map([["sector", long]]), words);
  assert.equal(line.text, "Sector: ‘" + long.slice(0, 40) + "…’ kennen wij niet.");
});

test("an error the page cannot name (not a question) keeps the engine's message", () => {
  const answer = { errors: [{ field: "profiel", kind: "not_an_object", message: "De antwoorden hebben niet de goede vorm." }],
    missing: ["constructor"] };
  assert.deepEqual(errorLines(answer, new Map(), words),
    [{ field: "profiel", text: "De antwoorden hebben niet de goede vorm." }]);
});
