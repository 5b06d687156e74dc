// Ctrl-C: whatever a stage has half written (a fresh database file, a staging directory) registers
// how to abandon it; the CLI's SIGINT handler runs these, says the previous output is intact, exits 130.
const handlers = new Set<() => void>();

/** Registers a synchronous clean-up for an interrupt; call the returned function when it is no longer needed. */
export function onInterrupt(handler: () => void): () => void {
  handlers.add(handler);
  return () => handlers.delete(handler);
}

/** Runs every registered clean-up, newest first; one that fails does not stop the others. */
export function runInterruptHandlers(): void {
  for (const handler of [...handlers].reverse()) {
    try {
      handler();
    } catch {
      // Best effort: the next run removes what is left (see the recovery in each stage).
    }
  }
  handlers.clear();
}
