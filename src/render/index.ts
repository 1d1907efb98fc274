/** Rendering the parent-facing policy: HTML, Word and PDF, and the shared browser other features print with. */
export { renderPolicyHtml } from './html.js';
export { renderPolicyDocx } from './docx.js';
export {
  buildPolicies,
  OUTPUT_FORMATS,
  type BuildOptions,
  type BuildResult,
  type BuiltDocument,
  type FailedDocument,
  type OutputFormat,
} from './build-policies.js';
export { watchPolicies, type WatchOptions } from './watch.js';
export { withBrowser, openBrowser, type BrowserPool, type BrowserOptions, type OpenBrowser } from './browser.js';
export { type PrintedPdf, type PrintOptions } from './pdf.js';
export { findChromium } from './chromium.js';
export { CONTENT_SECURITY_POLICY, CSP_META } from './csp.js';
export { buildPolicyView, type PolicyView } from './view-model.js';
