import { useEffect, useState } from 'react';
import { get, type Counts, type Status } from '../api.js';
import { Problem } from '../parts.js';

interface PolicyRow {
  file: string;
  name: string;
  title: string;
  schools: string[];
  kind: string;
  status: Status;
  invalid: boolean;
  counts: Counts;
}

export function Home() {
  const [rows, setRows] = useState<PolicyRow[] | null>(null);
  const [root, setRoot] = useState('');
  const [error, setError] = useState('');
  useEffect(() => {
    get<{ root: string; policies: PolicyRow[] }>('/api/policies')
      .then((r) => {
        setRows(r.policies);
        setRoot(r.root);
      })
      .catch((e: Error) => setError(e.message));
  }, []);
  return (
    <main id="main" className="page">
      <h1>Policies</h1>
      {root && (
        <p className="muted">
          Every policy and trust base in <code>{root}</code>.
        </p>
      )}
      <Problem message={error} />
      {rows === null && !error && <p role="status">Checking the policies…</p>}
      {rows && rows.length === 0 && <p>There are no policy files (.yaml) in this folder.</p>}
      {rows && rows.length > 0 && (
        <table className="policies">
          <caption className="visually-hidden">Policies in this folder, with their status and checks</caption>
          <thead>
            <tr>
              <th scope="col">Policy</th>
              <th scope="col">What it is</th>
              <th scope="col">Status</th>
              <th scope="col">Errors</th>
              <th scope="col">Warnings</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.file} data-file={r.file}>
                <th scope="row">
                  <a href={`#/edit/${r.file}`}>{r.name}</a>
                  <div className="muted small file-name">
                    File <code>{r.file}</code>
                  </div>
                </th>
                <td>
                  {r.kind === 'unreadable'
                    ? 'Not known: the file cannot be read'
                    : r.kind === 'trust base'
                      ? 'Trust base (no school of its own)'
                      : r.kind === 'federation'
                        ? `Federation of ${r.schools.length} schools`
                        : 'School'}
                </td>
                <td>
                  <span className={`status status-${r.status.state}`}>{r.status.label}</span>
                </td>
                <td className={r.counts.errors ? 'count bad' : 'count'}>{r.invalid ? 'Cannot be read' : r.counts.errors}</td>
                <td className="count">{r.invalid ? '–' : r.counts.warnings}</td>
                <td className="actions">
                  <a className="button" href={`#/edit/${r.file}`}>
                    Edit
                  </a>{' '}
                  <a className="button secondary" href={`#/governors/${r.file}`}>
                    Governors
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
