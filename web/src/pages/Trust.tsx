import { useEffect, useState } from 'react';
import { get } from '../api.js';
import { Problem } from '../parts.js';

/** A policy the comparison leaves out, by name, with why. */
interface LeftOut {
  file: string;
  name: string;
  reason: string;
}

export function Trust() {
  const [html, setHtml] = useState<string | null | undefined>(undefined);
  const [leftOut, setLeftOut] = useState<LeftOut[]>([]);
  const [error, setError] = useState('');
  useEffect(() => {
    get<{ html: string | null; leftOut: LeftOut[] }>('/api/trust')
      .then((r) => {
        setHtml(r.html);
        setLeftOut(r.leftOut);
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
      {leftOut.length > 0 && (
        <section aria-labelledby="left-out-title">
          <h2 id="left-out-title">Left out of the comparison</h2>
          <ul className="left-out">
            {leftOut.map((l) => (
              <li key={l.file} data-file={l.file}>
                <a href={`#/edit/${l.file}`}>{l.name}</a>: {l.reason}{' '}
                <span className="muted small">
                  (file <code>{l.file}</code>)
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {html && <iframe className="report-frame" title="Comparison of the schools’ key settings" sandbox="" srcDoc={html} />}
    </main>
  );
}
