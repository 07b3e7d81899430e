// Whole numbers, read two ways. Pure. Neither decides whether a number is a
// valid answer: the engine (wizard/profile.py) does, and says why not.

const PLAIN = /^[0-9]+$/;
// Dutch thousands: "1.200", "1 200" (also with a no-break space), groups of three.
const GROUPED = /^[0-9]{1,3}(?:(?:\.[0-9]{3})+|(?:[ \u00a0\u202f][0-9]{3})+)$/;

/** A whole number as people type it ("12", "1.200", "1 200"), or null
 * ("1,5", "-3", "1e3", "abc", too large to be exact). */
export function readTyped(text) {
  const trimmed = String(text).trim();
  if (!PLAIN.test(trimmed) && !GROUPED.test(trimmed)) return null;
  const number = Number(trimmed.replace(/[. \u00a0\u202f]/g, ""));
  return Number.isSafeInteger(number) ? number : null;
}

/** A whole number only as the engine writes it back ("12"; not "012", "+12",
 * " 12", "1.200" or "1e3"), or null. */
export function readWritten(text) {
  const number = Number(text);
  return Number.isSafeInteger(number) && String(number) === text ? number : null;
}
