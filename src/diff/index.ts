export { diffPolicies, type PolicyDiff, type PolicyChange } from './diff-policies.js';
export { formatDiff, DIFF_FORMATS, type DiffFormat } from './format.js';
export { loadPolicyAtRevision, findRatifiedVersion, type RatifiedVersion } from './git-revision.js';
export type { WordPart } from './prose-diff.js';
export { diffPolicyFiles, diffSinceRevision, diffSinceRatified } from './diff-files.js';
