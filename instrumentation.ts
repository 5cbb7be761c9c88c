// Runs once when the Next.js server boots: a broken configuration stops start-up there.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./instrumentation-node");
}
