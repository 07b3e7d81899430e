import assert from "node:assert/strict";
import { test } from "node:test";

import { measure, own } from "../../docs/assets/js/keuzehulp/progress.mjs";

const RUNTIME = [{ path: "a.wasm", bytes: 1000, wire: 400 }, { path: "b.zip", bytes: 200, wire: 100 }];

test("bytes on the wire arrive in proportion to the body bytes received", () => {
  const message = { step: "runtime", received: { "a.wasm": 500 }, done: [] };
  assert.deepEqual(measure(message, RUNTIME), { step: "runtime", total: 500, arrived: 200 });
});

test("when every file is whole during the runtime step, Python starts", () => {
  const message = { step: "runtime", received: {}, done: ["a.wasm", "b.zip"] };
  assert.deepEqual(measure(message, RUNTIME), { step: "start", total: 500, arrived: 500 });
  assert.equal(measure({ ...message, step: "engine" }, RUNTIME).step, "engine");
});

test("received counts are capped, hostile keys and junk ignored; without sizes only the step", () => {
  const received = JSON.parse('{"a.wasm": 99999, "__proto__": 5, "b.zip": "x"}');
  assert.equal(measure({ step: "runtime", received, done: [] }, RUNTIME).arrived, 400);
  assert.deepEqual(measure({ step: "engine", received: {}, done: [] }, undefined), { step: "engine" });
  assert.equal(own({}, "toString"), undefined);
  assert.equal(own(null, "a"), undefined);
});

test("every byte counted is as good as whole: the step moves on to starting Python", () => {
  const message = { step: "runtime", received: { "a.wasm": 1000, "b.zip": 200 }, done: [] };
  assert.equal(measure(message, RUNTIME).step, "start");
  assert.equal(measure({ ...message, received: { "a.wasm": 1000, "b.zip": 199 } }, RUNTIME).step, "runtime");
});
