export { ratifyPolicy, type RatifyOptions, type RatifyResult } from './ratify.js';
export { policyFingerprint, recordedApproval, APPROVAL_FIELDS, type RecordedApproval } from './fingerprint.js';
export { withApproval, type ApprovalFields } from './edit-yaml.js';
export { approvalScope, type ApprovalScope } from './approval-scope.js';
