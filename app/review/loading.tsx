/** First visit of a month computes it (a few seconds on the embedded workspace); later visits are cached. */
export default function Loading() {
  return (
    <main className="mx-auto max-w-5xl p-6">
      <h1 className="text-2xl font-bold">Availability review</h1>
      <p role="status" className="mt-2 text-slate-600">
        Measuring the month, the rolling window and every incident…
      </p>
    </main>
  );
}
