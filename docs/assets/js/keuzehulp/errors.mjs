// What is wrong with the answers, as lines the reader can act on. Pure.
// The engine judges (wizard/profile.py); this only words its verdict with the
// page's labels, so no line shows an internal value list ("huishoudelijke-hulp,
// justitie, …"): a choice the link got wrong is named, and the question links
// to its options.
import { fillIn } from "./early.mjs";
import { own } from "./progress.mjs";

// Long enough to recognise a cut-off value, short enough for one line.
const SHOWN_CHARS = 40;

/**
 * @param {{errors?: {field: string, kind: string, message: string}[], missing?: string[]}} answer the engine's
 * @param {Map<string, string>} fragment what the link held
 * @param {{names: object, missing: string, unknown_value: string}} words question names by id, and the
 *   page's templates (data/wizard.yaml page.error_summary)
 * @returns {{field: string, text: string}[]} in question order as the engine gave them: errors, then missing
 */
export function errorLines(answer, fragment, words) {
  const name = (field) => own(words.names, field) || "";
  const lines = (answer.errors || []).map((error) => {
    if (error.kind === "unknown_value" && name(error.field) && fragment.has(error.field)) {
      const text = fillIn(words.unknown_value, "{vraag}", name(error.field)); // the link's value last: it may hold braces
      return { field: error.field, text: fillIn(text, "{waarde}", shorten(fragment.get(error.field))) };
    }
    return { field: error.field, text: error.message };
  });
  (answer.missing || []).forEach((field) => {
    if (name(field)) lines.push({ field, text: fillIn(words.missing, "{vraag}", name(field)) });
  });
  return lines;
}

function shorten(value) {
  return value.length > SHOWN_CHARS ? value.slice(0, SHOWN_CHARS) + "…" : value;
}
