// The URL fragment holds the answers (never sent to a server). Pure: strings in,
// Maps out and back. A Map, not an object: a key like "__proto__" or
// "constructor" is just a key. The fragment is untrusted input.

/** @returns {Map<string, string>|null} null when the fragment is not answers (e.g. "#top") */
export function parseFragment(hash) {
  const text = String(hash).replace(/^#/, "");
  if (text && !text.includes("=")) return null;
  const fragment = new Map();
  new URLSearchParams(text).forEach((value, key) => fragment.set(key, value));
  return fragment;
}

/** The fragment as it goes after "#" ("" when empty); commas stay readable. @param {Map<string, string>} fragment */
export function formatFragment(fragment) {
  const params = new URLSearchParams();
  fragment.forEach((value, key) => params.append(key, value));
  return params.toString().replace(/%2C/g, ",");
}

/** The keys that are not questions (the plan's, or unknown ones the engine reports on). */
export function carriedKeys(questions, fragment) {
  const carried = new Map();
  fragment.forEach((value, key) => { if (!questions.includes(key)) carried.set(key, value); });
  return carried;
}

/** A copy of `fragment` with the keys of `extra` it does not have, after its own. */
export function withMissing(fragment, extra) {
  const merged = new Map(fragment);
  extra.forEach((value, key) => { if (!merged.has(key)) merged.set(key, value); });
  return merged;
}

/** The fragment without the answers that equal their question's default: the engine reads
 * a missing answer as its default, so the link says the same, shorter ("Link kopiëren").
 * @param {Map<string, string>} fragment @param {Map<string, string>} defaults question id -> default */
export function withoutDefaults(fragment, defaults) {
  const short = new Map();
  fragment.forEach((value, key) => { if (!defaults.has(key) || defaults.get(key) !== value) short.set(key, value); });
  return short;
}
