// Before the engine has booted: the build's table (assets/keuzehulp/early.json,
// made by inspraakwijzer/early_advice.py and early_links.py with the same engine).
// Pure: looked up, never reasoned about; anything the table does not list waits
// for the engine. The table's `links` is a decision diagram over every question
// that can change an obligation (decisions/0012-early-table-classes.md): each
// answer falls in a class of its question, and the diagram branches on classes.
// It starts at `start` (the first obligations, together); below each of those
// leaves, `then` lists where each later obligation's own small diagram starts.
import { readWritten } from "./numbers.mjs";

/**
 * The top of the outcome for the fragment's answers, looked up in the table:
 * {headline, obligations, actions} as the engine gives them (wizard.outcome_for), or
 * null: wait for the engine. Only exact values the table lists count (a number as the
 * engine writes it back, a list in the engine's order), so anything the engine might read
 * differently waits for it. The reference is inspraakwijzer/early_links.py look_up.
 * @param {object} table early.json @param {Map<string, string>} fragment @returns {object|null}
 */
export function earlyOutcome(table, fragment) {
  const links = table.links;
  if (!links || (links.wait || []).some((id) => fragment.has(id))) return null; // left to the engine
  if (!links.free.every((question) => freeListed(question, fragment))) return null;
  const classes = [];
  const fills = [];
  for (const axis of links.axes) {
    const value = fragment.has(axis.id) ? fragment.get(axis.id) : null;
    let position;
    if (value === null) {
      if (!axis.optional) return null;
      position = axis.classes.length - 1; // unanswered: the last position of an optional question
    } else if (axis.bands) {
      position = bandOf(axis.bands, value);
      fills.push([axis.fill, value]);
    } else {
      position = axis.values.indexOf(value);
      if (position >= 0 && axis.labels) fills.push([axis.fill, axis.labels[position]]);
    }
    if (position < 0) return null;
    classes.push(axis.classes[position]);
  }
  // The core first, then each part below the core's leaf (links.then), in the engine's order.
  const refs = [links.start ?? links.root];
  const found = [];
  for (let i = 0; i < refs.length; i += 1) {
    let ref = refs[i];
    while (ref >= 0) {
      const [axis, children] = links.nodes[ref];
      ref = children[classes[axis]];
    }
    const leaf = links.leaves[-1 - ref];
    if (!leaf) return null; // answers the engine refuses: its message explains why
    found.push(...leaf);
    refs.push(...((links.then || [])[-1 - ref] || []));
  }
  // The headline and the steps above them (inspraakwijzer/early_outcome.py): looked up by key.
  const by = table.headline_by;
  if (!by) return null;
  const key = [...by.answers.map((id) => fragment.get(id) ?? ""), ...found.map((i) => table.headline_basis[i])].join("|");
  if (!Object.prototype.hasOwnProperty.call(by.map, key)) return null;
  const outcome = { headline: table.headlines[by.map[key]], obligations: found.map((index) => table.obligations[index]),
    actions: found.flatMap((index) => table.actions_of[index].map((a) => table.actions[a])) };
  return fills.reduce((shown, [placeholder, text]) => fillIn(shown, placeholder, text), outcome);
}

/** Only the obligations of earlyOutcome, or null. */
export function earlyObligations(table, fragment) {
  const outcome = earlyOutcome(table, fragment);
  return outcome && outcome.obligations;
}

/** A question no answer of which changes an obligation: absent, or answered as the table lists. */
function freeListed(question, fragment) {
  if (!fragment.has(question.id)) return true;
  const value = fragment.get(question.id);
  if (question.bands) return bandOf(question.bands, value) >= 0;
  const given = question.list ? value.split(",") : [value];
  return given.every((one) => question.values.includes(one));
}

/** The band ([low, high], both included) a whole number falls in, or -1 (also for
 * "05", "1e3", " 7": not as the engine writes it). */
export function bandOf(bands, value) {
  const number = readWritten(value);
  if (number === null) return -1;
  return bands.findIndex(([low, high]) => low <= number && number <= high);
}

/** value with every `placeholder` in its strings replaced by `text` (as early_links.fill). */
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
