// Text with some of its phrases to become links (a question named in the
// headline). Pure: the renderer makes the links.

/**
 * `text` cut into pieces at the first occurrence of each phrase, in text order.
 * @param {string} text
 * @param {Map<string, string>} phrases phrase -> key (a piece that is a phrase carries its key)
 * @returns {{text: string, key?: string}[]} the pieces, together exactly `text`; a phrase
 *   that is not in the text is left out (the caller may add its link after the text)
 */
export function pieces(text, phrases) {
  const found = [];
  phrases.forEach((key, phrase) => {
    const at = phrase ? text.indexOf(phrase) : -1;
    if (at >= 0 && !found.some((f) => at < f.at + f.phrase.length && f.at < at + phrase.length)) {
      found.push({ at, phrase, key });
    }
  });
  found.sort((a, b) => a.at - b.at);
  const result = [];
  let from = 0;
  found.forEach((f) => {
    if (f.at > from) result.push({ text: text.slice(from, f.at) });
    result.push({ text: f.phrase, key: f.key });
    from = f.at + f.phrase.length;
  });
  if (from < text.length) result.push({ text: text.slice(from) });
  return result;
}
