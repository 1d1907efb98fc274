/** Changes not saved yet: leaving the page (or going to another page of the app) asks first, so nothing typed is lost by a stray click. */
let unsaved = false;

export function setUnsaved(value: boolean): void {
  unsaved = value;
}

export const LEAVE_QUESTION = 'Your changes to this policy are not saved yet. Leave this page and lose them?';

/** True when there is nothing to lose, or the user agrees to lose it. */
export function mayLeave(): boolean {
  if (!unsaved || window.confirm(LEAVE_QUESTION)) {
    unsaved = false;
    return true;
  }
  return false;
}

addEventListener('beforeunload', (e) => {
  if (unsaved) e.preventDefault();
});
