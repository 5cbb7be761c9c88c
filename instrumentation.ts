// Runs once when the Next.js server boots, before it answers: a broken configuration, secret or
// dataset stops start-up there (instrumentation-node.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await (await import("./instrumentation-node")).startUp();
}
