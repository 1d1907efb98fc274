/**
 * The policy this file builds on (its `extends`), called by the trust's name with the file in small
 * print. Shown, never edited in the app: a typing slip would cut the school off from everything it
 * takes from its trust.
 */
export function BuildsOn({ written, base }: { written: unknown; base: { file: string; name: string } | null }) {
  if (typeof written !== 'string' || !written.trim()) return null;
  return (
    <section className="builds-on" aria-labelledby="builds-on-title">
      <h2 id="builds-on-title">Builds on</h2>
      {base ? (
        <p className="builds-on-name">
          <strong>{base.name}</strong>
          <br />
          <span className="muted small">
            file <code>{base.file}</code>
          </span>
        </p>
      ) : (
        <p className="builds-on-name">
          The file <code>{written}</code>, which cannot be read: the checks say why.
        </p>
      )}
      <p className="muted small">Anything not set here comes from it.</p>
    </section>
  );
}
