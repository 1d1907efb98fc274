import type { CheckResult, Finding } from './api.js';

/**
 * Why there is no preview, and what to do about it, from the problems the checks found: the first
 * problem in its own words, and where it can be put right.
 */
export function noPreviewReason(findings: Finding[]): string {
  const errors = findings.filter((f) => f.severity === 'error' && !f.excepted);
  const first = errors[0];
  if (!first)
    return 'There is no preview: a problem shown in the checks above stops the policy being read. The preview appears once it is fixed.';
  const more =
    errors.length > 1
      ? ` There ${errors.length === 2 ? 'is 1 more problem' : `are ${errors.length - 1} more problems`} in the checks above.`
      : '';
  const fix = !first.inThisFile
    ? `It is in ${first.where}, a file this policy builds on, so it has to be put right there.`
    : first.field && first.field[0] !== 'extends'
      ? '“Go to this field” in the checks above takes you to the place in the form to put it right.'
      : 'The checks above say where it is in the file; whoever looks after the policy files can put it right.';
  return `There is no preview: the policy cannot be read while it has this problem: ${first.message}${/[.?!]$/.test(first.message) ? '' : '.'} ${fix}${more} The preview appears once it is fixed.`;
}

/**
 * The parent-facing policy beside the form: the latest when it can be made; while a change of the
 * user's stops it, the last one that could be (marked); for a policy opened with problems, one made
 * despite them (marked); and when none can be made, why not and what to fix.
 */
export function Preview({ check, lastGood, version }: { check: CheckResult | null; lastGood: string | null; version: number }) {
  if (!check) return <p>Preparing the preview…</p>;
  if (check.preview)
    return (
      <iframe
        className="preview-frame"
        title="Preview of the policy as parents will read it"
        sandbox=""
        srcDoc={check.preview}
        data-version={version}
      />
    );
  if (lastGood)
    return (
      <div className="stale-preview">
        <p className="stale-note" role="status">
          <strong>Not up to date.</strong> This is the policy before your last change: a problem shown in the checks above stops it being
          read. What you typed is kept in the form, and the preview follows again once the problem is fixed.
        </p>
        <iframe
          className="preview-frame stale"
          title="Preview of the policy before the last change (not up to date)"
          sandbox=""
          srcDoc={lastGood}
          data-version={version}
          data-stale="true"
        />
      </div>
    );
  if (check.previewWithProblems)
    return (
      <div className="problem-preview">
        <p className="stale-note problems-note" role="status">
          <strong>Not ready to publish.</strong> This policy has problems, shown in the checks above, that must be fixed before it can be
          published. This preview is made despite them, so a value with a problem shows as it was typed.
        </p>
        <iframe
          className="preview-frame with-problems"
          title="Preview of the policy, made despite its problems"
          sandbox=""
          srcDoc={check.previewWithProblems}
          data-version={version}
          data-problems="true"
        />
      </div>
    );
  return (
    <p className="no-preview" role="status">
      {noPreviewReason(check.findings)}
    </p>
  );
}
