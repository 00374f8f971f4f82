/**
 * Runs `work` while a timer keeps Node's event loop from running dry.
 *
 * PGlite's queries are synchronous WebAssembly calls behind promises: between them the event loop often
 * has no handle or request left. Each time that happens Node waits for every background task of V8 to
 * finish (`NodePlatform::DrainTasks` in the loop's spin), and while PGlite starts those tasks are
 * V8's optimising compilations of the hot WebAssembly functions. The start-up then stands still for
 * 0.4–1.5 s with nothing to do (seen in CPU profiles as "idle" between the last query and the next
 * step; `npm run bench -- startup`). A referenced timer keeps the loop alive, so the compilations
 * finish in the background while the start goes on. (Issue 9.)
 */
export async function whileLoopHeld<T>(work: () => Promise<T>): Promise<T> {
  const hold = setInterval(() => {}, 2 ** 30);
  try {
    return await work();
  } finally {
    clearInterval(hold);
  }
}
