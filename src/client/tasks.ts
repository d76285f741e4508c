/**
 * Long work in the browser, cut into tasks: awaiting `nextTask()` ends the current task, so the
 * browser can handle input and paint before the work goes on. A phone spends hundreds of
 * milliseconds loading search or drawing a big tree; in one task, that is time a tap waits.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Ends the current task after the next frame is painted (to show a first view before adding more). */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
