import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import Form from '@rjsf/core';
import type { UiSchema } from '@rjsf/utils';
import { ApiError, downloadUrl, get, post, type CheckResult, type Finding } from '../api.js';
import { FindingCard, PolicyHeading, Problem, setTitle, type FindingPlace } from '../parts.js';
import { partSchema, prepareSchema, words, type Schema } from '../form/schema.js';
import { setAt, type Path } from '../form/inherit.js';
import { fieldSteps } from '../form/field-label.js';
import { DATE_HELP } from '../form/uk-date.js';
import { TIME_HELP } from '../form/uk-time.js';
import { setUnsaved } from '../leave-guard.js';
import { BuildsOn } from '../builds-on.js';
import { Preview } from '../preview.js';
import { buttonTemplates, FieldTemplate, TitleFieldTemplate, type FormContext } from '../form/templates.js';
import { DateWidget, MarkdownWidget, TimeWidget } from '../form/widgets.js';
import { serverSideValidator } from '../form/validator.js';

interface Opened {
  file: string;
  name: string;
  kind: string;
  hash: string;
  data: Record<string, unknown> | null;
  base: { data: unknown; file: string; name: string } | null;
  references: Array<{ path: string; value: string }>;
}

let schemaPromise: Promise<Schema> | undefined;
const loadSchema = () => (schemaPromise ??= get<Schema>('/api/schema').then(prepareSchema));

const widgets = { time: TimeWidget, date: DateWidget, markdown: MarkdownWidget };
const uiSchemaFor = (key: string): UiSchema => {
  if (key === 'sections') return { items: { body: { 'ui:widget': 'markdown' } } };
  // Written when the board's approval is recorded (on the Governors page); changed by hand it would no longer match what was approved.
  if (key === 'document') return { approved_fingerprint: { 'ui:readonly': true } };
  return {};
};
/**
 * "Go to this field": once its part of the form is on screen (tried for up to five seconds, for a slow
 * computer), bring the field (or the nearest group around it that the form shows) into view and put
 * the cursor in it.
 */
function showField(path: Path, triesLeft = 50): void {
  window.setTimeout(() => {
    for (let n = path.length; n > 0; n--) {
      const el = document.querySelector<HTMLElement>(`[data-path="${CSS.escape(path.slice(0, n).join('/'))}"]`);
      if (!el) continue;
      if (n < path.length && triesLeft > 0) return showField(path, triesLeft - 1);
      el.scrollIntoView({ block: 'center' });
      el.querySelector<HTMLElement>('input, select, textarea, .cm-content')?.focus({ preventScroll: true });
      return;
    }
    if (triesLeft > 0) showField(path, triesLeft - 1);
  }, 100);
}

/** The parts of the policy the form edits, in the schema's order. What the file builds on is shown above them, not edited. */
const formParts = (schema: Schema): string[] => Object.keys(schema.properties ?? {}).filter((k) => k !== '$schema' && k !== 'extends');

/** How long typing must pause before the checks run again. */
const CHECK_DELAY_MS = 250;

export function Edit({ file }: { file: string }) {
  const [schema, setSchema] = useState<Schema | null>(null);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [data, setData] = useState<Record<string, unknown>>({});
  const [hash, setHash] = useState('');
  const [part, setPart] = useState('');
  const [check, setCheck] = useState<CheckResult | null>(null);
  const [checkVersion, setCheckVersion] = useState(0);
  const [dirty, setDirty] = useState(false);
  const [error, setError] = useState('');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  /** The last preview of a policy that could be read, kept on show (marked) while a problem stops a new one. */
  const [lastGood, setLastGood] = useState<string | null>(null);
  const seq = useRef(0);
  const timer = useRef<number | undefined>(undefined);

  /** Check the form's data (or, without it, the file as saved). */
  const runCheck = useCallback(
    (next: Record<string, unknown> | undefined) => {
      const mine = ++seq.current;
      post<CheckResult>('/api/check', { file, data: next })
        .then((r) => {
          if (mine !== seq.current) return;
          setCheck(r);
          if (r.preview) setLastGood(r.preview);
          setCheckVersion(mine);
          setError('');
        })
        .catch((e: Error) => mine === seq.current && setError(e.message));
    },
    [file],
  );

  useEffect(() => {
    Promise.all([loadSchema(), get<Opened>('/api/policy', { file })])
      .then(([s, o]) => {
        setSchema(s);
        setOpened(o);
        setTitle(o.name);
        setHash(o.hash);
        const d = o.data ?? {};
        setData(d);
        setPart(d.schools ? 'schools' : 'document');
        runCheck(o.data ?? undefined);
      })
      .catch((e: Error) => setError(e.message));
  }, [file, runCheck]);

  useEffect(() => setUnsaved(dirty), [dirty]);
  useEffect(() => () => setUnsaved(false), []);

  const change = useCallback(
    (next: Record<string, unknown>) => {
      setData(next);
      setDirty(true);
      setMessage('');
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => runCheck(next), CHECK_DELAY_MS);
    },
    [runCheck],
  );

  const problems = useMemo(() => {
    const byField: FormContext['problems'] = new Map();
    for (const f of check?.findings ?? []) {
      if (!f.field || f.excepted) continue;
      const key = f.field.join('/');
      byField.set(key, [...(byField.get(key) ?? []), { severity: f.severity, message: f.message }]);
    }
    return byField;
  }, [check]);

  const ctx: FormContext = useMemo(
    () => ({
      key: part,
      own: data,
      base: opened?.base?.data,
      baseFile: opened?.base?.file ?? null,
      references: opened?.references ?? [],
      setAt: (path: Path, value: unknown) => change(setAt(data, path, value) as Record<string, unknown>),
      problems,
    }),
    [part, data, opened, change, problems],
  );

  const placeOf = useCallback(
    (f: Finding): FindingPlace | undefined => {
      if (!f.field || !schema || !f.inThisFile) return undefined;
      const { steps, field } = fieldSteps(schema, data, f.field);
      const key = String(f.field[0]);
      return {
        steps,
        go: formParts(schema).includes(key)
          ? () => {
              setPart(key);
              showField(f.field!);
            }
          : undefined,
        // The file's advice for a date is YYYY-MM-DD (a time, "HH:MM" in quotes); the form's fields take them as people write them.
        hint: f.ruleId !== 'schema' ? undefined : field?.format === 'date' ? DATE_HELP : field?.format === 'time' ? TIME_HELP : undefined,
      };
    },
    [schema, data],
  );

  const save = async () => {
    setBusy(true);
    setError('');
    try {
      const r = await post<CheckResult & { hash: string; changed: boolean }>('/api/save', { file, hash, data });
      setHash(r.hash);
      setDirty(false);
      setCheck(r);
      if (r.preview) setLastGood(r.preview);
      setCheckVersion(++seq.current);
      setMessage(
        !r.changed
          ? 'Nothing to save: the file already says this.'
          : r.invalid
            ? 'Saved, with the problems the checks show: the policy cannot be published until they are fixed.'
            : `Saved ${opened?.name ?? file}.`,
      );
    } catch (e) {
      setError((e as ApiError).message);
    } finally {
      setBusy(false);
    }
  };

  const applyFix = async (f: Finding) => {
    setBusy(true);
    try {
      const r = await post<{ data: Record<string, unknown> }>('/api/fix', { file, data, key: f.key });
      change(r.data);
      setMessage('Fix applied. Check the change, then save.');
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  if (!schema || !opened) {
    return (
      <main id="main" className="page">
        <h1>Opening the policy</h1>
        <p className="muted small file-name">
          File <code>{file}</code>
        </p>
        <Problem message={error} />
        {!error && <p role="status">Opening the policy…</p>}
      </main>
    );
  }
  if (!opened.data) {
    return (
      <main id="main" className="page">
        <PolicyHeading name={opened.name} kind={opened.kind} file={file} />
        <Problem message="This file is not written in a form the app can read (it is not valid YAML), so it cannot be edited here. Whoever looks after the policy files can put it right in a text editor; the checks below say where the problem is." />
        <Checks check={check} version={checkVersion} />
      </main>
    );
  }

  const parts = formParts(schema);
  // With nothing unsaved, the checks are the saved file's: a download of a file that cannot be read would only fail.
  const savedUnreadable = !dirty && check?.invalid === true;
  return (
    <main id="main" className="edit">
      <div className="edit-head">
        <PolicyHeading name={opened.name} kind={opened.kind} file={file} />
        <div className="save-bar">
          <span role="status" className="save-state">
            {dirty ? 'Changes not saved yet.' : message}
          </span>
          <button type="button" className="primary" onClick={save} disabled={busy || !dirty}>
            Save
          </button>
          <a className="button secondary" href={`#/governors/${file}`}>
            Governors
          </a>
        </div>
      </div>
      <Problem message={error} />
      <div className="edit-grid">
        <div className="parts-column">
          <BuildsOn written={data.extends} base={opened.base} />
          <nav className="parts" aria-label="Parts of the policy">
            <ul>
              {parts.map((k) => (
                <li key={k}>
                  <button
                    type="button"
                    className={k === part ? 'part current' : 'part'}
                    aria-current={k === part ? 'true' : undefined}
                    onClick={() => setPart(k)}
                    data-part={k}
                  >
                    {words(k)}
                    {data[k] !== undefined ? (
                      <span className="muted small"> · set here</span>
                    ) : opened.base && (opened.base.data as Record<string, unknown>)[k] !== undefined ? (
                      <span className="muted small"> · inherited</span>
                    ) : null}
                  </button>
                </li>
              ))}
            </ul>
          </nav>
        </div>
        <section className="form-pane" aria-labelledby="part-title">
          <h2 id="part-title">{words(part)}</h2>
          <Form
            key={part}
            schema={partSchema(schema, part)}
            uiSchema={{ ...uiSchemaFor(part), 'ui:submitButtonOptions': { norender: true } }}
            formData={data[part]}
            validator={serverSideValidator}
            widgets={widgets}
            templates={{ FieldTemplate, TitleFieldTemplate, ButtonTemplates: buttonTemplates }}
            formContext={ctx}
            idPrefix={part}
            noHtml5Validate
            showErrorList={false}
            experimental_defaultFormStateBehavior={{ emptyObjectFields: 'skipDefaults', arrayMinItems: { populate: 'never' } }}
            onChange={(e) => change(setAt(data, [part], e.formData) as Record<string, unknown>)}
            onSubmit={() => undefined}
          />
          <datalist id="policy-references">
            {opened.references.map((r) => (
              <option key={r.path} value={r.path}>
                {r.value}
              </option>
            ))}
          </datalist>
        </section>
        <aside className="side" aria-label="Checks and preview">
          <Checks check={check} version={checkVersion} onFix={applyFix} busy={busy} placeOf={placeOf} />
          <section className="preview" aria-labelledby="preview-title">
            <div className="preview-head">
              <h2 id="preview-title">Preview for parents</h2>
              {!savedUnreadable && (
                <div>
                  <a className="button secondary" href={downloadUrl(file, 'pdf')} download>
                    Download PDF
                  </a>{' '}
                  <a className="button secondary" href={downloadUrl(file, 'docx')} download>
                    Download Word
                  </a>
                </div>
              )}
            </div>
            <p className="muted small downloads-note">
              {savedUnreadable
                ? 'The PDF and Word file are made from the saved file, which has a problem that stops it being read: fix it and save, and they can be downloaded.'
                : `The downloads are made from the saved file${dirty ? ', so they do not include the changes not saved yet' : ''}.`}
            </p>
            <Preview check={check} lastGood={lastGood} version={checkVersion} />
          </section>
        </aside>
      </div>
    </main>
  );
}

function Checks({
  check,
  version,
  onFix,
  busy,
  placeOf,
}: {
  check: CheckResult | null;
  version: number;
  onFix?: (f: Finding) => void;
  busy?: boolean;
  placeOf?: (f: Finding) => FindingPlace | undefined;
}) {
  const shown = check?.findings.filter((f) => !f.excepted) ?? [];
  return (
    <section className="checks" aria-labelledby="checks-title" data-version={version}>
      <h2 id="checks-title">Checks</h2>
      {!check ? (
        <p role="status">Checking…</p>
      ) : (
        <>
          <p role="status" className="check-summary">
            {check.invalid
              ? `${check.counts.errors === 1 ? 'A problem stops' : `${check.counts.errors} problems stop`} the policy being read, so the other checks wait until ${check.counts.errors === 1 ? 'it is' : 'they are'} fixed.`
              : `${check.counts.errors} error${check.counts.errors === 1 ? '' : 's'}, ${check.counts.warnings} warning${check.counts.warnings === 1 ? '' : 's'}${check.counts.infos ? `, ${check.counts.infos} note${check.counts.infos === 1 ? '' : 's'}` : ''}.`}
          </p>
          <ul className="findings">
            {shown.map((f) => (
              <FindingCard key={f.key} f={f} onFix={onFix} busy={busy} place={placeOf?.(f)} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
