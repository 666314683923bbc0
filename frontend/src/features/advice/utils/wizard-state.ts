// The wizard's answers live only in this browser tab (sessionStorage), never on the server: Back from a group's
// page, or a reload, brings the worker back to the same step or advice. Closing the tab forgets them.
import { EMPTY_ANSWERS, type WizardAnswers } from './profile';

const KEY = 'zhw-advice-wizard';

export type WizardState = {
  answers: WizardAnswers;
  /** The step shown, 0-based. */
  step: number;
  /** True once "Advies bekijken" was pressed: the advice is shown again on return. */
  showResult: boolean;
};

export const EMPTY_WIZARD: WizardState = { answers: EMPTY_ANSWERS, step: 0, showResult: false };

export function loadWizard(storage: Storage = window.sessionStorage): WizardState {
  try {
    const saved = JSON.parse(storage.getItem(KEY) ?? 'null') as Partial<WizardState> | null;
    if (!saved || typeof saved !== 'object') return EMPTY_WIZARD;
    return {
      answers: { ...EMPTY_ANSWERS, ...saved.answers },
      step: Number.isInteger(saved.step) && saved.step! >= 0 ? saved.step! : 0,
      showResult: saved.showResult === true,
    };
  } catch {
    // Storage blocked or damaged: start afresh rather than break the page.
    return EMPTY_WIZARD;
  }
}

export function saveWizard(state: WizardState, storage: Storage = window.sessionStorage): void {
  try {
    storage.setItem(KEY, JSON.stringify(state));
  } catch {
    // Storage full or blocked: the wizard still works, only Back will not restore it.
  }
}
