export { cssEscape, escapeHtml, SHARED_HELPERS, type Helper, type Helpers } from './helpers.js';
export { templateHelpers, templateSet, type TemplateSet, type TemplateSetOptions } from './templates.js';
