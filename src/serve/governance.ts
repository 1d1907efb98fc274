import type { LoadedPolicy } from '../load/load-policy.js';
import type { Project } from './project.js';
import { libraryGovernance } from './governance-library.js';

/** What the board last approved. */
export interface Ratification {
  date: string;
  by: string;
  minute: string;
  /** Fingerprint of the policy's content when it was approved (trust base included). */
  fingerprint: string;
  /** The approval as a governor reads it: "Approved by the trust board on 22 September 2026 (minute TB 4)". */
  words: string;
}

export interface GovernanceStatus {
  state: 'draft' | 'approved' | 'changed';
  /** One plain sentence for the home page. */
  label: string;
  ratified?: Ratification;
}

export interface ChangeLine {
  /** What changed, in words ("Schools › Oakfield › School day › Registers › Morning › Closes"). */
  what: string;
  before?: string;
  after?: string;
}

export interface ChangesSinceRatified {
  since?: Ratification;
  changes: ChangeLine[];
  /** Why there is nothing to compare with, when there is not. */
  note?: string;
}

export interface RatifyInput {
  by: string;
  minute: string;
  date: string;
}

/** Status, changes since the last approval, and recording an approval: everything the governors' page needs. */
export interface Governance {
  /** One sentence saying where approvals are kept, shown on the governors' page. */
  readonly source: string;
  status(loaded: LoadedPolicy, project: Project): GovernanceStatus;
  changesSinceRatified(loaded: LoadedPolicy, project: Project): ChangesSinceRatified;
  /** Record the approval (writes the policy file and returns the new status). `expectedHash` guards against overwriting edits. */
  ratify(file: string, input: RatifyInput, expectedHash: string, project: Project): GovernanceStatus;
}

/** The app's governance: the approval `policywright ratify` records in the policy file, and `diff --since-ratified`. */
export const governance: Governance = libraryGovernance();
