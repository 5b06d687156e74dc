// Crash points: named places where a test may kill the process outright (SIGKILL, as a power cut or
// `kill -9` would), to prove that the next run finishes or rolls back whatever was half done.
// Inert unless ADG_CRASH_AT names the point.
export function crashPoint(name: string): void {
  if (process.env.ADG_CRASH_AT === name) process.kill(process.pid, 'SIGKILL');
}
