import type { FieldTemplateProps, IconButtonProps, TemplatesType, TitleFieldProps } from '@rjsf/utils';
import { baseValueAt, show, type Path } from './inherit.js';
import { itemTitle } from './schema.js';

export interface FormContext {
  /** Top-level key of the policy this form edits. */
  key: string;
  own: unknown;
  base: unknown;
  baseFile: string | null;
  references: Array<{ path: string; value: string }>;
  setAt(path: Path, value: unknown): void;
  /** The checks' findings about each field (by its path joined with "/"), shown under it. */
  problems: Map<string, Array<{ severity: 'error' | 'warning' | 'info'; message: string }>>;
}

function Button(text: string) {
  return function TextButton({ icon: _icon, iconType: _iconType, uiSchema: _ui, registry: _r, className, ...props }: IconButtonProps) {
    return (
      <button type="button" {...props} className={`small-button ${className ?? ''}`} aria-label={undefined}>
        {text}
      </button>
    );
  };
}

export const buttonTemplates: Partial<TemplatesType['ButtonTemplates']> = {
  AddButton: Button('Add'),
  MoveUpButton: Button('Move up'),
  MoveDownButton: Button('Move down'),
  RemoveButton: Button('Remove'),
  CopyButton: Button('Copy'),
  ClearButton: Button('Clear'),
};

/** Where a value comes from, with the buttons to override an inherited value or go back to it. */
/** An item of a list merged by id (a section, stage, school or group), as the trust base holds it. */
interface ListItem {
  id: string;
  title?: string;
  name?: string;
}

function Inheritance({
  ctx,
  path,
  own,
  isLeaf,
  schema,
}: {
  ctx: FormContext;
  path: Path;
  own: unknown;
  isLeaf: boolean;
  schema: { type?: unknown };
}) {
  if (!ctx.base || !ctx.baseFile) return null;
  const base = baseValueAt(ctx.own, ctx.base, path);
  if (base === undefined) return null;
  const from = ctx.baseFile;
  if (schema.type === 'array' && Array.isArray(base) && Array.isArray(own) && base.every((b) => b && typeof b === 'object' && 'id' in b)) {
    const ownIds = new Set(own.map((o: { id?: unknown } | null) => o?.id));
    const missing = (base as ListItem[]).filter((b) => !ownIds.has(b.id));
    if (!missing.length) return null;
    return (
      <div className="inherited">
        <p className="small">Also from {from}, unchanged here:</p>
        <ul className="inherited-items">
          {missing.map((item) => (
            <li key={item.id}>
              {item.title ?? item.name ?? item.id}{' '}
              <button type="button" className="small-button" onClick={() => ctx.setAt(path, [...own, structuredClone(item)])}>
                Change it for this school
              </button>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  if (own === undefined) {
    return (
      <div className="inherited">
        <p className="small">
          From {from}: <strong>{show(base)}</strong>
        </p>
        <button type="button" className="small-button" onClick={() => ctx.setAt(path, structuredClone(base))}>
          Override here
        </button>
      </div>
    );
  }
  if (!isLeaf) return null;
  return (
    <div className="inherited overridden">
      <p className="small">
        Overrides {from} ({show(base)})
      </p>
      <button type="button" className="small-button" onClick={() => ctx.setAt(path, undefined)}>
        Use the value from {from}
      </button>
    </div>
  );
}

export function FieldTemplate(props: FieldTemplateProps) {
  const { id, label, children, rawDescription, schema, hidden, fieldPathId, formData, displayLabel, registry, classNames, required } =
    props;
  if (hidden) return <div hidden>{children}</div>;
  const ctx = registry.formContext as FormContext;
  const path: Path = [ctx.key, ...fieldPathId.path];
  const isLeaf = schema.type !== 'object' && schema.type !== 'array' && !schema.properties;
  const examples = Array.isArray(schema.examples) && isLeaf ? schema.examples.map(String) : [];
  const problems = ctx.problems.get(path.join('/')) ?? [];
  return (
    <div className={`field ${problems.length ? 'has-problem' : ''} ${classNames ?? ''}`} data-path={path.join('/')}>
      {displayLabel && (
        <label htmlFor={id} id={`${id}__label`}>
          {itemTitle(label)}
          {required ? <span aria-hidden="true"> *</span> : null}
        </label>
      )}
      {displayLabel && rawDescription && (
        <p className="description" id={`${id}__description`}>
          {rawDescription}
          {examples.length ? ` For example: ${examples.join('; ')}.` : ''}
        </p>
      )}
      {children}
      {problems.map((p, i) => (
        <p key={i} className={`field-problem field-problem-${p.severity}`}>
          {p.severity === 'error' ? 'Problem' : p.severity === 'warning' ? 'Warning' : 'Note'}: {p.message}
        </p>
      ))}
      <Inheritance ctx={ctx} path={path} own={formData} isLeaf={isLeaf} schema={schema} />
    </div>
  );
}

/** A group's heading, with list items named "School 1" rather than "Schools-1". */
export function TitleFieldTemplate({ id, title, required, optionalDataControl }: TitleFieldProps) {
  return (
    <legend id={id}>
      {itemTitle(title)}
      {required ? <span aria-hidden="true"> *</span> : null}
      {optionalDataControl}
    </legend>
  );
}
