import { useEffect, useState } from 'react';
import { get } from '../api.js';
import { Problem } from '../parts.js';

export function Trust() {
  const [html, setHtml] = useState<string | null | undefined>(undefined);
  const [skipped, setSkipped] = useState<string[]>([]);
  const [error, setError] = useState('');
  useEffect(() => {
    get<{ html: string | null; skipped: string[] }>('/api/trust')
      .then((r) => {
        setHtml(r.html);
        setSkipped(r.skipped);
      })
      .catch((e: Error) => setError(e.message));
  }, []);
  return (
    <main id="main" className="page">
      <h1>Trust comparison</h1>
      <p>
        The key settings of every school side by side. Where a school differs from the trust base or from most schools, the comparison marks
        it.
      </p>
      <Problem message={error} />
      {html === undefined && !error && <p role="status">Comparing the schools…</p>}
      {html === null && <p>No policy in this folder covers a school, so there is nothing to compare.</p>}
      {skipped.length > 0 && (
        <ul>
          {skipped.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      )}
      {html && <iframe className="report-frame" title="Comparison of the schools’ key settings" sandbox="" srcDoc={html} />}
    </main>
  );
}
