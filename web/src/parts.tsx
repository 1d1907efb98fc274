import type { Finding } from './api.js';

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

export function FindingCard({ f, onFix, busy }: { f: WithSuggestion; onFix?: (f: Finding) => void; busy?: boolean }) {
  return (
    <li className={`finding finding-${f.severity}`} data-rule={f.ruleId}>
      <p className="finding-head">
        <span className={`badge badge-${f.severity}`}>{SEVERITY[f.severity]}</span> {f.message}
      </p>
      {f.hint && <p className="hint">What to do: {f.hint}</p>}
      <p className="muted small">
        Set in {f.where}
        {f.inThisFile ? '' : ' (inherited)'}
      </p>
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
