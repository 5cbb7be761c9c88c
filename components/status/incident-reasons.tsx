/** An incident's reasons, exactly as the incident signal wrote them (the same words on every screen). */
export function IncidentReasons({ reasons, className = "" }: { reasons: readonly string[]; className?: string }) {
  if (reasons.length === 0) return null;
  return (
    <ul className={`list-none space-y-0.5 ${className}`} data-incident-reasons>
      {reasons.map((r) => (
        <li key={r} data-reason>
          {r}
        </li>
      ))}
    </ul>
  );
}
