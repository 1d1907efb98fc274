import type { LoadedPolicy } from '../load/load-policy.js';
import { describeDraft, draftReasons, type DraftReason } from '../core/draft.js';
import { schoolLabel } from '../core/model.js';
import { safeHref, type Part } from './blocks.js';
import { readLogo, type Logo } from './logo.js';
import { renderMarkdown, type RenderedProse } from './markdown.js';
import { PART_PLACEMENTS } from './parts/index.js';
import { fillDataRefs } from './prose.js';

export interface SectionView {
  /** The id of the heading, for the contents list and the PDF bookmarks. */
  anchor: string;
  title: string;
  status?: 'new' | 'updated';
  prose?: RenderedProse;
  /** Parts built from the data and placed in this section. */
  parts: Part[];
  /** True for a section made only from the data (its part has no heading of its own). */
  fromData: boolean;
}

/** Everything the templates and the Word writer need, worked out once. */
export interface PolicyView {
  lang: string;
  title: string;
  /** The PDF and Word title: "Attendance Policy – Oakfield Primary School". */
  fullTitle: string;
  schoolLabel: string;
  /** Short name(s) for the running header. */
  runningName: string;
  schools: Array<{ name: string; logo?: Logo }>;
  trustName?: string;
  version?: string;
  approvedBy?: string;
  approvedOn?: string;
  nextReview?: string;
  author?: string;
  summary?: string;
  /** Where parents can read it online (only a web address; anything else is left out). */
  publishedUrl?: string;
  sections: SectionView[];
  /** Set when the document is a draft: every page carries a DRAFT mark and the cover says why. */
  draft?: { reasons: DraftReason[]; why: string };
  /** Things left out, for the person running the build (for example an unreadable logo). */
  warnings: string[];
}

export interface ViewOptions {
  /** Lint errors the policy still has: a policy built with errors is a draft. */
  lintErrors?: number;
}

export function buildPolicyView(loaded: LoadedPolicy, options: ViewOptions = {}): PolicyView {
  const policy = loaded.data;
  const reasons = draftReasons(policy, { lintErrors: options.lintErrors });
  const doc = policy.document ?? {};
  const warnings: string[] = [];
  const anchors = new Set<string>();
  const anchorFor = (id: string): string => {
    const base = `section-${id.toLowerCase().replace(/[^a-z0-9-]+/g, '-')}`;
    let anchor = base;
    for (let n = 2; anchors.has(anchor); n++) anchor = `${base}-${n}`;
    anchors.add(anchor);
    return anchor;
  };

  const sections: SectionView[] = (policy.sections ?? []).map((s, i) => ({
    anchor: anchorFor(s.id ?? `part-${i + 1}`),
    title: s.title,
    status: s.status === 'new' || s.status === 'updated' ? s.status : undefined,
    prose: s.body ? renderMarkdown(fillDataRefs(policy, s.body)) : undefined,
    parts: [],
    fromData: false,
  }));

  const ownSections: SectionView[] = [];
  for (const placement of PART_PLACEMENTS) {
    const part = placement.build(policy);
    if (!part) continue;
    const home =
      sections.find((s, i) => placement.sectionIds.includes(policy.sections?.[i]?.id ?? '')) ??
      (placement.sectionTitle ? sections.find((s) => placement.sectionTitle!.test(s.title)) : undefined) ??
      sections.find((s, i) => placement.fallbackSectionIds?.includes(policy.sections?.[i]?.id ?? ''));
    if (home) home.parts.push(part);
    else ownSections.push({ anchor: anchorFor(part.id), title: part.title, parts: [part], fromData: true });
  }

  const schools = (policy.schools ?? []).map((school, i) => {
    if (!school.logo) return { name: school.name };
    const setIn = loaded.origins.get(`/schools/${i}/logo`)?.file ?? loaded.file;
    const { logo, problem } = readLogo(school.logo, setIn, loaded.projectRoot);
    if (problem) warnings.push(`${school.name}: ${problem}`);
    return { name: school.name, logo };
  });

  const label = schoolLabel(policy);
  const title = doc.title ?? 'Attendance Policy';
  return {
    lang: doc.language ?? 'en-GB',
    title,
    fullTitle: label === title ? title : `${title} – ${label}`,
    schoolLabel: label,
    runningName: policy.schools?.length ? policy.schools.map((s) => s.short_name ?? s.name).join(' and ') : label,
    schools,
    trustName: policy.trust?.name,
    version: doc.version,
    approvedBy: doc.approved_by,
    // A draft is not approved, whatever date it carries.
    approvedOn: reasons.length ? undefined : doc.approved_on,
    nextReview: doc.next_review,
    author: doc.author,
    summary: doc.summary,
    publishedUrl: safeHref(doc.published_url),
    sections: withDataSections(sections, ownSections),
    ...(reasons.length ? { draft: { reasons, why: describeDraft(reasons) } } : {}),
    warnings,
  };
}

/** Sections made from the data go after the prose, but before any appendices. */
function withDataSections(prose: SectionView[], fromData: SectionView[]): SectionView[] {
  const firstAppendix = prose.findIndex((s) => /^appendi(x|ces)\b/i.test(s.title.trim()));
  if (firstAppendix < 0) return [...prose, ...fromData];
  return [...prose.slice(0, firstAppendix), ...fromData, ...prose.slice(firstAppendix)];
}
