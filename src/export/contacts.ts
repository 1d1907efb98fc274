import type { Contacts } from '../types/policy.js';
import type { ExportContacts } from './types.js';

const camel = (key: string) => key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

function camelKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(camelKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [camel(k), camelKeys(v)]));
  }
  return value;
}

/** Contacts as the policy gives them, with the export's camelCase field names. */
export function exportContacts(contacts: Contacts | undefined): ExportContacts | null {
  return contacts ? (camelKeys(contacts) as ExportContacts) : null;
}
