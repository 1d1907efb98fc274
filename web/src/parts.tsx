import type { Finding } from './api.js';

/** The browser tab's title; a page that knows the policy's name sets it again with the name. */
export function setTitle(title: string): void {
  document.title = `${title} · policywright`;
}

/** A policy's heading: its school's (or trust's) name, with what it is and its file beneath, quietly. */
export function PolicyHeading({ name, kind, file, page }: { name: string; kind?: string; file: string; page?: string }) {
  const what =
    kind === 'trust base'
      ? 'Trust base: the policy its schools build on'
      : kind === 'federation'
        ? 'Federation attendance policy'
        : kind === 'unreadable'
          ? 'A policy file the app cannot read'
          : 'Attendance policy';
  return (
    <div className="policy-heading">
      <h1>{name}</h1>
      <p className="muted small file-name">
        {page ? `${page} · ` : ''}
        {what} · file <code>{file}</code>
      </p>
    </div>
  );
}

export function Problem({ message }: { message: string }) {
  if (!message) return null;
  return (
    <div className="problem" role="alert">
      {message}
    </div>
  );
}

const SEVERITY = { error: 'Error', warning: 'Warning', info: 'Note' } as const;

/** A change the school may choose to make: shown, never applied by a button (the right value is the school's decision). */
type WithSuggestion = Finding & { suggestion?: { change: string } };

/** Where a finding's value is in the form, and a way to go there. */
export interface FindingPlace {
  steps: string[];
  go?: () => void;
  /** Advice that fits the form better than the file's (a date typed as 22/09/2026, not YYYY-MM-DD). */
  hint?: string;
}

export function FindingCard({
  f,
  onFix,
  busy,
  place,
}: {
  f: WithSuggestion;
  onFix?: (f: Finding) => void;
  busy?: boolean;
  place?: FindingPlace;
}) {
  const hint = place?.hint ?? f.hint;
  return (
    <li className={`finding finding-${f.severity}`} data-rule={f.ruleId} data-field={f.field?.join('/')}>
      <p className="finding-head">
        <span className={`badge badge-${f.severity}`}>{SEVERITY[f.severity]}</span> {f.message}
      </p>
      {place && place.steps.length > 0 && (
        <p className="finding-place">
          In the form: <strong>{place.steps.join(' › ')}</strong>{' '}
          {place.go && (
            <button type="button" className="small-button" onClick={place.go}>
              Go to this field
            </button>
          )}
        </p>
      )}
      {hint && <p className="hint">What to do: {hint}</p>}
      <p className="muted small">{f.inThisFile ? `In the file: ${f.where}` : `Set in ${f.where} (inherited)`}</p>
      {f.excepted && <p className="muted small">{f.excepted}</p>}
      {f.fix && (
        <div className="fix">
          <p className="small">Suggested change: {f.fix.change}.</p>
          {f.fix.here && onFix ? (
            <button type="button" onClick={() => onFix(f)} disabled={busy}>
              Apply this fix
            </button>
          ) : (
            <p className="small">This value is written in {f.fix.otherFile}; open that file to change it.</p>
          )}
        </div>
      )}
      {f.suggestion && (
        <div className="suggestion">
          <p className="small">A possible change (the school decides): {f.suggestion.change}. To make it, change the value in the form.</p>
        </div>
      )}
      {(f.explanation || f.governorQuestion) && (
        <details>
          <summary>Why this matters</summary>
          {f.title && (
            <p>
              <strong>{f.title}</strong>
            </p>
          )}
          {f.explanation && <p>{f.explanation}</p>}
          {f.governorQuestion && (
            <p>
              <strong>Question for governors:</strong> {f.governorQuestion}
            </p>
          )}
        </details>
      )}
    </li>
  );
}
