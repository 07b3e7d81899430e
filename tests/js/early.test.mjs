import assert from "node:assert/strict";
import { test } from "node:test";

import { bandOf, earlyObligations, earlyOutcome, fillIn } from "../../docs/assets/js/keuzehulp/early.mjs";
import { parseFragment } from "../../docs/assets/js/keuzehulp/fragment.mjs";

// The headline and the steps above the obligations (inspraakwijzer/early_outcome.py): the steps
// per obligation; the headline by verblijf and what it reads of each obligation.
const OUTCOME = {
  actions: [{ id: "raad-instellen", obligation: "raad", text: "Stel een raad in.", articles: [], certainty: "law" },
    { id: "zelf-regelen", obligation: "zelf", text: "Regel het zelf.", articles: [], certainty: "law" }],
  actions_of: [[], [0], [], [1]],
  headline_basis: ["raad:nee:", "raad:ja:", "::", "::"],
  headlines: [{ text: "Met {zorgverleners} mensen geldt de wet.", settled_by: [] },
    { text: "De wet geldt niet.", settled_by: [] }],
  headline_by: { answers: ["verblijf"], map: Object.fromEntries(["kort", "langdurig"].flatMap((v) => [
    [v + "|::", 0], [v + "|raad:nee:", 1], [v + "|raad:ja:|::", 0], [v + "|raad:ja:", 0], [v + "|raad:ja:|::|::", 0]])) },
};

// A table of the build's shape (early.json `links`, inspraakwijzer/early_links.py), small
// enough to read. Diagram: verblijf -> zorgverleners -> zelfstandig -> financiering.
const TABLE = {
  ...OUTCOME,
  obligations: [
    { id: "raad", status: "nee", why: "Met {zorgverleners} hoeft het niet." },
    { id: "raad", status: "ja", why: "Met {zorgverleners} moet het.", items: [{ text: "{zorgverleners} mensen" }] },
    { id: "klacht", status: "ja", why: "Betaald uit {financiering}." },
    { id: "zelf", status: "ja", why: "Zelfstandig." },
  ],
  links: {
    axes: [
      { id: "verblijf", optional: false, classes: [0, 1], values: ["kort", "langdurig"] },
      { id: "zorgverleners", optional: false, classes: [0, 1], bands: [[0, 10], [11, 1000000]], fill: "{zorgverleners}" },
      // Unanswered (the last position) is in the same class as "nee".
      { id: "zelfstandig", optional: true, classes: [0, 1, 1], values: ["ja", "nee"] },
      { id: "financiering", optional: true, classes: [0, 1, 0, 2], values: ["wlz", "wmo", "wlz,wmo"],
        labels: ["Wlz", "Wmo", "Wlz en Wmo"], fill: "{financiering}" },
    ],
    wait: ["toezicht"],
    free: [{ id: "doelgroep", values: ["dementie", "naasten"], list: true },
      { id: "ervaring", values: ["nieuw"], list: false }, { id: "aantal", values: [], list: false, bands: [[1, 5]] }],
    root: 0,
    nodes: [[0, [1, -1]], [1, [-2, 2]], [2, [-3, 3]], [3, [-4, -5, -6]]],
    leaves: [[2], [0], [1, 3], [1, 2], [1], null],
  },
};

const look = (hash) => earlyObligations(TABLE, parseFragment(hash));
const ids = (hash) => look(hash) && look(hash).map((o) => o.id);

test("bands include both ends; a number outside every band or not as the engine writes it is -1", () => {
  const bands = TABLE.links.axes[1].bands;
  assert.deepEqual(["0", "10", "11", "50", "1000000"].map((v) => bandOf(bands, v)), [0, 0, 1, 1, 1]);
  for (const value of ["1000001", "-1", "05", "1e3", " 7", "7 ", "1.200", "abc", "", "9".repeat(400)]) {
    assert.equal(bandOf(bands, value), -1, value);
  }
});

test("the diagram is walked by the class of each answer, and numbers are filled in", () => {
  assert.deepEqual(look("verblijf=kort&zorgverleners=7"), [{ id: "raad", status: "nee", why: "Met 7 hoeft het niet." }]);
  assert.deepEqual(look("verblijf=kort&zorgverleners=30&zelfstandig=ja"), [
    { id: "raad", status: "ja", why: "Met 30 moet het.", items: [{ text: "30 mensen" }] },
    { id: "zelf", status: "ja", why: "Zelfstandig." },
  ]);
});

test("a list answer is filled in with its label, and its class decides with the others", () => {
  assert.deepEqual(look("verblijf=kort&zorgverleners=30&zelfstandig=nee&financiering=wlz,wmo").map((o) => o.why),
    ["Met 30 moet het.", "Betaald uit Wlz en Wmo."]);
  assert.deepEqual(look("verblijf=langdurig&zorgverleners=3&financiering=wmo"),
    [{ id: "klacht", status: "ja", why: "Betaald uit Wmo." }]);
  assert.deepEqual(ids("verblijf=kort&zorgverleners=30&zelfstandig=nee&financiering=wmo"), ["raad"]);
});

test("an optional question left unanswered has a class of its own", () => {
  // zelfstandig unanswered goes as "nee"; financiering unanswered reaches a leaf the engine refuses.
  assert.deepEqual(ids("verblijf=kort&zorgverleners=30&financiering=wlz"), ["raad", "klacht"]);
  assert.equal(look("verblijf=kort&zorgverleners=30"), null);
});

test("the table's own entries are not changed by filling in", () => {
  look("verblijf=kort&zorgverleners=7");
  look("verblijf=langdurig&zorgverleners=3&financiering=wmo");
  assert.equal(TABLE.obligations[0].why, "Met {zorgverleners} hoeft het niet.");
  assert.equal(TABLE.obligations[2].why, "Betaald uit {financiering}.");
});

test("free answers the table lists do not matter; others make the page wait", () => {
  for (const extra of ["doelgroep=dementie,naasten", "ervaring=nieuw", "aantal=5", "plan=x", "__proto__=1&constructor=x"]) {
    assert.deepEqual(ids("verblijf=kort&zorgverleners=7&" + extra), ["raad"], extra);
  }
  for (const extra of ["doelgroep=Dementie", "doelgroep=dementie,", "ervaring=naasten", "aantal=6", "aantal=05",
    "aantal="]) {
    assert.equal(look("verblijf=kort&zorgverleners=7&" + extra), null, extra);
  }
});

test("a value the table does not list, or a missing required answer, is null: wait for the engine", () => {
  for (const hash of ["verblijf=Kort&zorgverleners=7", "verblijf=toString&zorgverleners=7",
    "verblijf=constructor&zorgverleners=7", "verblijf=kort", "zorgverleners=7",
    "verblijf=kort&zorgverleners=1000001", "verblijf=kort&zorgverleners=1e3", "verblijf=kort&zorgverleners=012",
    "verblijf=kort%00&zorgverleners=7", "verblijf=kort&zorgverleners=30&zelfstandig=",
    "verblijf=kort&zorgverleners=30&zelfstandig=nee&financiering=wmo,wlz", ""]) {
    assert.equal(look(hash), null, hash);
  }
});

test("a question the table leaves to the engine makes the page wait, whatever its answer", () => {
  assert.deepEqual(ids("verblijf=kort&zorgverleners=7"), ["raad"]);
  assert.equal(look("verblijf=kort&zorgverleners=7&toezicht=ja"), null);
  assert.equal(look("verblijf=kort&zorgverleners=7&toezicht="), null);
});

// The build's table in parts: the diagram starts at `start` (the first obligations); below each
// of its leaves, `then` lists where each later obligation's own diagram starts. `root` is a leaf
// the engine must answer, for a reader of before parts.
const PARTED = {
  ...OUTCOME,
  obligations: TABLE.obligations,
  links: {
    ...TABLE.links, wait: [], root: -4, start: 0,
    // core: verblijf kort -> [raad nee], langdurig -> [raad ja]; below "raad ja": the klacht part
    // branches on financiering, the zelf part on zelfstandig.
    nodes: [[0, [-1, -2]], [3, [-3, -5, -3]], [2, [-6, -5]]],
    leaves: [[0], [1], [2], null, [], [3]],
    then: [[], [1, 2], [], [], [], []],
  },
};
const parted = (hash) => earlyObligations(PARTED, parseFragment(hash));

test("a table in parts: the core's leaf, then each part below it, in order", () => {
  assert.deepEqual(parted("verblijf=kort&zorgverleners=7&financiering=wlz").map((o) => o.id), ["raad"]);
  assert.deepEqual(parted("verblijf=langdurig&zorgverleners=7&financiering=wlz&zelfstandig=ja").map((o) => o.why),
    ["Met 7 moet het.", "Betaald uit Wlz.", "Zelfstandig."]);
  assert.deepEqual(parted("verblijf=langdurig&zorgverleners=7&financiering=wmo&zelfstandig=nee").map((o) => o.id),
    ["raad"]);
  assert.equal(earlyObligations({ ...PARTED, links: { ...PARTED.links, start: undefined } },
    parseFragment("verblijf=kort&zorgverleners=7")), null); // the old way in waits
});

test("a table without links (an older build) shows nothing early", () => {
  assert.equal(earlyObligations({ obligations: TABLE.obligations }, parseFragment("verblijf=kort&zorgverleners=7")), null);
});

test("fillIn replaces in nested strings and leaves other values", () => {
  assert.deepEqual(fillIn({ a: ["x {n} {n}", 3, null, true], b: { c: "{n}" } }, "{n}", "5"),
    { a: ["x 5 5", 3, null, true], b: { c: "5" } });
});

test("a link's headline and steps come with its obligations, the same placeholders filled", () => {
  const outcome = earlyOutcome(TABLE, parseFragment("verblijf=kort&zorgverleners=40&zelfstandig=ja"));
  assert.equal(outcome.headline.text, "Met 40 mensen geldt de wet.");
  assert.deepEqual(outcome.actions.map((a) => a.id), ["raad-instellen", "zelf-regelen"]);
  assert.deepEqual(outcome.obligations.map((o) => o.id), ["raad", "zelf"]);
  assert.equal(earlyOutcome(TABLE, parseFragment("verblijf=kort&zorgverleners=5")).headline.text, "De wet geldt niet.");
  assert.equal(earlyOutcome(TABLE, parseFragment("verblijf=kort&zorgverleners=40&toezicht=ja")), null);
  // A headline the table does not hold for these obligations: wait for the engine.
  const without = { ...TABLE, headline_by: { answers: ["verblijf"], map: {} } };
  assert.equal(earlyOutcome(without, parseFragment("verblijf=kort&zorgverleners=40&zelfstandig=ja")), null);
});
