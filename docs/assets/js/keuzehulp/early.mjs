// Before the engine has booted: the build's table (assets/keuzehulp/early.json,
// made by inspraakwijzer/early_advice.py with the same engine). Pure: looked up,
// never reasoned about; anything the table does not list waits for the engine.
import { readWritten } from "./numbers.mjs";

/**
 * The obligations for the fragment's answers, looked up in the table, or null: wait for
 * the engine. Only exact values the table lists count (a number as the engine writes it
 * back), so anything the engine might read differently waits for it.
 * @param {object} table early.json @param {Map<string, string>} fragment @returns {object[]|null}
 */
export function earlyObligations(table, fragment) {
  if (table.wait.some((id) => fragment.has(id))) return null;
  const listed = table.free.every((question) => {
    if (!fragment.has(question.id)) return true;
    const given = question.list ? fragment.get(question.id).split(",") : [fragment.get(question.id)];
    return given.every((value) => question.values.includes(value));
  });
  if (!listed) return null;
  let cell = 0;
  const fills = [];
  for (const axis of table.axes) {
    const value = fragment.has(axis.id) ? fragment.get(axis.id) : null;
    const position = value === null ? -1 : axis.values ? axis.values.indexOf(value) : bandOf(axis.bands, value);
    if (position < 0) return null;
    if (axis.fill) fills.push([axis.fill, value]);
    cell = cell * (axis.values || axis.bands).length + position;
  }
  return fills.reduce((obligations, [placeholder, text]) => fillIn(obligations, placeholder, text),
    table.cells[cell].map((index) => table.obligations[index]));
}

/** The band ([low, high], both included) a whole number falls in, or -1 (also for
 * "05", "1e3", " 7": not as the engine writes it). */
export function bandOf(bands, value) {
  const number = readWritten(value);
  if (number === null) return -1;
  return bands.findIndex(([low, high]) => low <= number && number <= high);
}

/** value with every `placeholder` in its strings replaced by `text` (as early_advice.fill). */
export function fillIn(value, placeholder, text) {
  if (typeof value === "string") return value.split(placeholder).join(text);
  if (Array.isArray(value)) return value.map((item) => fillIn(item, placeholder, text));
  if (value && typeof value === "object") {
    const copy = {};
    Object.keys(value).forEach((key) => { copy[key] = fillIn(value[key], placeholder, text); });
    return copy;
  }
  return value;
}
