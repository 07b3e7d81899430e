import assert from "node:assert/strict";
import { test } from "node:test";

import { carriedKeys, formatFragment, parseFragment, withMissing, withoutDefaults } from "../../docs/assets/js/keuzehulp/fragment.mjs";

test("a fragment of answers reads into a Map in its order, with or without '#'", () => {
  const fragment = parseFragment("#verblijf=kort&sector=ggz&doelgroep=dementie,naasten");
  assert.deepEqual([...fragment], [["verblijf", "kort"], ["sector", "ggz"], ["doelgroep", "dementie,naasten"]]);
  assert.deepEqual([...parseFragment("verblijf=kort")], [["verblijf", "kort"]]);
});

test("an empty fragment is no answers; an in-page anchor is not answers at all", () => {
  assert.equal(parseFragment("").size, 0);
  assert.equal(parseFragment("#").size, 0);
  assert.equal(parseFragment("#top"), null);
  assert.equal(parseFragment("#plicht-raad"), null);
});

test("hostile keys are plain keys: nothing reaches a prototype", () => {
  const fragment = parseFragment("__proto__=1&constructor=x&toString=y&hasOwnProperty=z");
  assert.deepEqual([...fragment.keys()], ["__proto__", "constructor", "toString", "hasOwnProperty"]);
  assert.equal(fragment.get("__proto__"), "1");
  assert.equal({}.polluted, undefined);
  assert.equal(Object.prototype.constructor, Object);
  assert.equal(parseFragment("__proto__[polluted]=1").get("__proto__[polluted]"), "1");
  assert.equal({}.polluted, undefined);
});

test("broken percent-escapes and control characters are read as text, never thrown", () => {
  const fragment = parseFragment("verblijf=kort&sector=%E0%A4%A&x=%&y=%zz&z=kort%00&n=a%0Ab");
  assert.equal(fragment.get("verblijf"), "kort");
  assert.equal(fragment.get("sector"), "\uFFFD%A"); // an incomplete UTF-8 sequence: a replacement character
  assert.equal(fragment.get("x"), "%");
  assert.equal(fragment.get("y"), "%zz");
  assert.equal(fragment.get("z"), "kort\u0000");
  assert.equal(fragment.get("n"), "a\nb");
});

test("a repeated key keeps its last value", () => {
  assert.equal(parseFragment("sector=ggz&sector=vvt").get("sector"), "vvt");
});

const roundTrips = [
  [["verblijf", "kort"], ["sector", "ggz"], ["zorgverleners", "12"]],
  [["doelgroep", "dementie,naasten"], ["plan", "ideeenbord,panel"]],
  [["organisator", "Ans, coördinator <b>zorg</b> & co = 100%"], ["leeg", ""]],
  [["__proto__", "1"], ["constructor", "x"], ["a b", "c+d"], ["#", "?/="]],
  [["emoji", "👍🏽"], ["lone", "\uFFFD"], ["nl", "a\nb"]],
];

for (const entries of roundTrips) {
  test(`written and read back, the fragment is the same: ${JSON.stringify(entries).slice(0, 60)}`, () => {
    const written = formatFragment(new Map(entries));
    assert.ok(!written.includes("#"), written);
    assert.deepEqual([...parseFragment(written)], entries);
  });
}

test("commas stay readable in the address; an empty Map writes nothing", () => {
  assert.equal(formatFragment(new Map([["doelgroep", "dementie,naasten"], ["a", "x y"]])), "doelgroep=dementie,naasten&a=x+y");
  assert.equal(formatFragment(new Map()), "");
});

test("a hostile fragment read and written again is stable", () => {
  const once = formatFragment(parseFragment("sector=%E0%A4%A&__proto__=%&x=%zz"));
  assert.equal(formatFragment(parseFragment(once)), once);
});

test("keys that are no question are carried; withMissing adds only what is not there yet", () => {
  const fragment = parseFragment("verblijf=kort&plan=panel&sector=ggz&onbekend=1");
  assert.deepEqual([...carriedKeys(["verblijf", "sector"], fragment)], [["plan", "panel"], ["onbekend", "1"]]);
  const merged = withMissing(new Map([["verblijf", "lang"]]), new Map([["verblijf", "kort"], ["plan", "panel"]]));
  assert.deepEqual([...merged], [["verblijf", "lang"], ["plan", "panel"]]);
});

test("a short link leaves out only the answers that equal their question's default", () => {
  const fragment = new Map([["verblijf", "geen"], ["zelfstandig", "nee"], ["ervaring", "nieuw"], ["terug", ""]]);
  const defaults = new Map([["zelfstandig", "nee"], ["ervaring", "bezig"]]);
  assert.deepEqual([...withoutDefaults(fragment, defaults)],
    [["verblijf", "geen"], ["ervaring", "nieuw"], ["terug", ""]]);
  assert.deepEqual([...withoutDefaults(new Map([["zelfstandig", "ja"]]), defaults)], [["zelfstandig", "ja"]]);
});
