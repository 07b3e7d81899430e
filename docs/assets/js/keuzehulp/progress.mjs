// How far the engine's download is, from the worker's progress message and the
// sizes the build's table lists (early.json `runtime`). Pure.

/** An object's own value for a key, never one from its prototype. */
export function own(object, key) {
  return object && Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

/**
 * The step to show and the bytes on the wire: total, and arrived so far (in
 * proportion to the body bytes received per file). Without sizes, only the step.
 * @param {{step: string, received: object, done: string[]}} message
 * @param {{path: string, bytes: number, wire: number}[]|undefined} runtime
 * @returns {{step: string, total?: number, arrived?: number}}
 */
export function measure(message, runtime) {
  if (!runtime) return { step: message.step };
  let total = 0, arrived = 0, whole = 0;
  runtime.forEach((file) => {
    const done = message.done.includes(file.path);
    const got = done ? file.bytes : Math.min(file.bytes, Number(own(message.received, file.path)) || 0);
    total += file.wire;
    arrived += file.bytes ? file.wire * got / file.bytes : file.wire;
    if (done) whole += 1;
  });
  // All here (whole, or every byte counted): Python starts.
  const here = whole === runtime.length || (total > 0 && arrived >= total);
  const step = message.step === "runtime" && here ? "start" : message.step;
  return { step, total, arrived };
}
