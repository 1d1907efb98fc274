// Generates realistic policies for benchmarks from the bundled examples: a trust base and schools
// that extend it (each with its own times, contacts and a local section), or standalone ~40 KB policies.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Document, isScalar, visit } from 'yaml';
import { loadPolicy } from '../dist/load/load-policy.js';

const ROOT = new URL('..', import.meta.url).pathname;

function pad(n) {
  return String(n).padStart(2, '0');
}
function time(minutes) {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** YAML text with every time quoted and long text as block scalars, as a person would write it. */
export function toYaml(data, extendsPath) {
  const doc = new Document(extendsPath ? { extends: extendsPath, ...data } : data);
  visit(doc, {
    Scalar(_k, node) {
      if (typeof node.value === 'string' && /^\d{2}:\d{2}$/.test(node.value)) node.type = 'QUOTE_DOUBLE';
      else if (typeof node.value === 'string' && node.value.includes('\n')) node.type = 'BLOCK_LITERAL';
      else if (typeof node.value === 'string' && /^[\d.]+$/.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return `# yaml-language-server: $schema=${path.relative(ROOT, path.join(ROOT, 'schemas/policy.schema.json'))}\n${doc.toString({ lineWidth: 0 })}`;
}

function schoolFor(i, template) {
  const start = 8 * 60 + 40 + (i % 4) * 5;
  const window = 10 + (i % 3) * 5;
  return {
    ...template,
    id: `school-${i}`,
    name: `Generated School ${i}`,
    urn: String(100000 + i),
    school_day: {
      ...template.school_day,
      gates_open: time(start - 10),
      starts: time(start),
      ends: time(15 * 60 + (i % 6) * 5),
      registers: {
        morning: { opens: time(start), closes: time(start + window) },
        afternoon: { opens: time(13 * 60), closes: time(13 * 60 + window) },
      },
    },
    contacts: {
      ...template.contacts,
      senior_attendance_champion: {
        name: `Champion ${i}`,
        role: 'Deputy Headteacher',
        email: `champion${i}@school${i}.example.sch.uk`,
        phone: '01632 960001',
      },
      attendance_officers: [
        { name: `Officer ${i}`, role: 'Attendance Officer', email: `attendance@school${i}.example.sch.uk`, phone: '01632 960002' },
      ],
    },
  };
}

function localSection(i) {
  return {
    id: 'local-arrangements',
    title: 'Local arrangements',
    body: `Our breakfast club opens at 7:45am. Parents of pupils at Generated School ${i} should speak to the office about anything in this policy.\n\nWe review attendance every week and celebrate classes with the best attendance.\n`,
  };
}

/**
 * Write a trust of `count` schools into `dir`: trust-base.yaml plus schools/school-N.yaml extending it.
 * One school in ten keeps a stale amount, so lint has findings to report.
 */
export function generateTrust(dir, count) {
  const base = loadPolicy(path.join(ROOT, 'policies/trust-base.yaml')).data;
  const sample = loadPolicy(path.join(ROOT, 'policies/schools/oakfield-primary.yaml')).data;
  mkdirSync(path.join(dir, 'schools'), { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), '{}');
  writeFileSync(path.join(dir, 'trust-base.yaml'), toYaml(base));
  const files = [];
  for (let i = 0; i < count; i++) {
    const school = { schools: [schoolFor(i, sample.schools[0])], contacts: sample.contacts, sections: [localSection(i)] };
    if (i % 10 === 3) school.legal_measures = { penalty_notices: { first: { discounted: 60, full: 120 } } };
    const file = path.join(dir, 'schools', `school-${i}.yaml`);
    writeFileSync(file, toYaml(JSON.parse(JSON.stringify(school)), '../trust-base.yaml'));
    files.push(file);
  }
  return { base: path.join(dir, 'trust-base.yaml'), files };
}

/**
 * Schools edit their copy: in a quarter of the sections (a different quarter for each school) every
 * paragraph names the school, so that text is this school's own, as it would be in real policies.
 */
function localise(sections, i, everySection = false) {
  const own = (body) => body.replace(/\b[Ww]e\b/g, `we at Generated School ${i}`);
  return sections.map((s, n) => {
    if (!s.body) return s;
    // Every section its own: a section with no "we" in it gets a sentence naming the school.
    if (everySection) return { ...s, body: `${own(s.body).trimEnd()}\n\nThis section applies at Generated School ${i}.\n` };
    return n % 4 === i % 4 ? { ...s, body: own(s.body) } : s;
  });
}

/**
 * Write `count` standalone policies (trust base merged with a school, about 40 KB each). With
 * `ownText`, every section names its school, so no two policies share a section's text.
 */
export function generateStandalone(dir, count, { ownText = false } = {}) {
  const merged = loadPolicy(path.join(ROOT, 'policies/schools/oakfield-primary.yaml')).data;
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), '{}');
  const files = [];
  for (let i = 0; i < count; i++) {
    const data = JSON.parse(
      JSON.stringify({
        ...merged,
        schools: [schoolFor(i, merged.schools[0])],
        sections: [...localise(merged.sections, i, ownText), localSection(i)],
      }),
    );
    if (i % 10 === 3) data.legal_measures.penalty_notices.first = { discounted: 60, discount_days: 21, full: 120, full_days: 28 };
    const file = path.join(dir, `policy-${i}.yaml`);
    writeFileSync(file, toYaml(data));
    files.push(file);
  }
  return files;
}

export function fileSizes(files) {
  return files.reduce((n, f) => n + readFileSync(f).length, 0);
}
