import { format } from 'date-fns/format';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { get, post, type Finding, type Status } from '../api.js';
import { FindingCard, PolicyHeading, Problem, setTitle } from '../parts.js';
import { UkDateInput } from '../form/date-input.js';
import { DATE_HELP, readUkDate, showUkDate } from '../form/uk-date.js';

interface GovernorsView {
  hash: string;
  name: string;
  kind: string;
  invalid: boolean;
  findings?: Finding[];
  source?: string;
  status?: Status;
  changes?: { since?: Status['ratified']; changes: Array<{ what: string; before?: string; after?: string }>; note?: string };
  document?: { approved_by?: string; approved_on?: string };
  report?: string | null;
  reportNote?: string | null;
}

// Today on the governor's own calendar (toISOString would give yesterday's date just after midnight in summer time).
const todayIso = () => format(new Date(), 'yyyy-MM-dd');

export function Governors({ file }: { file: string }) {
  const [view, setView] = useState<GovernorsView | null>(null);
  const [error, setError] = useState('');
  const [message, setMessage] = useState('');
  /** Why the approval was not recorded, shown beside the form. */
  const [formError, setFormError] = useState('');
  const [busy, setBusy] = useState(false);
  const [by, setBy] = useState('');
  const [minute, setMinute] = useState('');
  /** YYYY-MM-DD once the text typed is a date; the text itself until then. */
  const [date, setDate] = useState<string | undefined>(todayIso());

  const load = useCallback(() => {
    get<GovernorsView>('/api/governors', { file })
      .then((v) => {
        setView(v);
        setTitle(`Governors: ${v.name}`);
        setBy((old) => old || v.document?.approved_by || '');
      })
      .catch((e: Error) => setError(e.message));
  }, [file]);
  useEffect(load, [load]);

  const ratify = async (e: FormEvent) => {
    e.preventDefault();
    if (!view) return;
    const iso = readUkDate(date ?? '');
    if (!iso) {
      setFormError(date ? `The date of the meeting, “${date}”, is not a date. ${DATE_HELP}` : `Give the date of the meeting. ${DATE_HELP}`);
      return;
    }
    setBusy(true);
    setFormError('');
    try {
      const r = await post<{ status: Status }>('/api/ratify', { file, hash: view.hash, by, minute, date: iso });
      setMessage(`Recorded: ${r.status.label}.`);
      load();
    } catch (err) {
      setFormError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" className="page">
      {view ? <PolicyHeading name={view.name} kind={view.kind} file={file} page="For governors" /> : <h1>For governors</h1>}
      <p>
        <a href={`#/edit/${file}`}>Edit this policy</a>
      </p>
      <Problem message={error} />
      {!view && !error && <p role="status">Preparing the board pack…</p>}
      {view?.invalid && (
        <>
          <p>This policy has problems that stop it being read, so there is no board pack yet.</p>
          <ul className="findings">
            {view.findings?.map((f) => (
              <FindingCard key={f.key} f={f} />
            ))}
          </ul>
        </>
      )}
      {view && !view.invalid && (
        <>
          <section aria-labelledby="status-title">
            <h2 id="status-title">Status</h2>
            {/* Approved as recorded: the approval in words says all the status says, and the minute. */}
            <p className={`status status-${view.status?.state}`} data-state={view.status?.state}>
              {view.status?.state === 'approved' && view.status.ratified ? view.status.ratified.words : view.status?.label}
            </p>
            {view.status?.ratified && view.status.state !== 'approved' && (
              <p className="muted last-approval">{view.status.ratified.words}.</p>
            )}
          </section>
          <section aria-labelledby="changes-title">
            <h2 id="changes-title">Changes since the last approved version</h2>
            {view.changes?.note && <p>{view.changes.note}</p>}
            {view.changes?.since && view.changes.changes.length === 0 && (
              <p>Nothing has changed since it was approved on {showUkDate(view.changes.since.date)}.</p>
            )}
            {view.changes && view.changes.changes.length > 0 && (
              <table className="changes">
                <caption className="visually-hidden">What changed since the last approval</caption>
                <thead>
                  <tr>
                    <th scope="col">What</th>
                    <th scope="col">Was</th>
                    <th scope="col">Now</th>
                  </tr>
                </thead>
                <tbody>
                  {view.changes.changes.map((c) => (
                    <tr key={c.what}>
                      <th scope="row">{c.what}</th>
                      <td>{c.before ?? ''}</td>
                      <td>{c.after ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <section aria-labelledby="ratify-title">
            <h2 id="ratify-title">Record the board’s approval</h2>
            <p>
              Fill this in after the meeting that approved the policy. The approval date and body are written into the policy file; a
              fingerprint of exactly what was approved is kept, so any later change shows up here.
            </p>
            <form onSubmit={ratify} className="ratify">
              <label htmlFor="ratify-by">Approved by</label>
              <input id="ratify-by" value={by} onChange={(e) => setBy(e.target.value)} required placeholder="Full governing board" />
              <label htmlFor="ratify-minute">Minute reference</label>
              <input id="ratify-minute" value={minute} onChange={(e) => setMinute(e.target.value)} required placeholder="FGB 2026/14" />
              <label htmlFor="ratify-date">Date of the meeting</label>
              <div>
                <UkDateInput id="ratify-date" value={date} onChange={setDate} required />
              </div>
              <div>
                <button type="submit" className="primary" disabled={busy}>
                  Record approval
                </button>
              </div>
            </form>
            <Problem message={formError} />
            <p role="status" className="save-state">
              {message}
            </p>
          </section>
          <section aria-labelledby="pack-title">
            <h2 id="pack-title">Board pack</h2>
            {view.reportNote && <p>{view.reportNote}</p>}
            {view.report && (
              <iframe className="report-frame" title="Board pack: the compliance report for governors" sandbox="" srcDoc={view.report} />
            )}
          </section>
          <p className="muted small">{view.source}</p>
        </>
      )}
    </main>
  );
}
