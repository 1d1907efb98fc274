import type { LoadedPolicy } from '../load/load-policy.js';
import { CSP_META } from './csp.js';
import { policyTemplate } from './templates.js';
import { buildPolicyView, type PolicyView } from './view-model.js';

/** The whole policy as one standalone, accessible HTML page (also what is printed to PDF). */
export function renderPolicyHtml(loaded: LoadedPolicy): string {
  return renderViewHtml(buildPolicyView(loaded));
}

export function renderViewHtml(view: PolicyView): string {
  return policyTemplate().render({ view, cspMeta: CSP_META });
}
