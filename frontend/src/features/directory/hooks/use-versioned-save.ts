import { useState } from 'react';
import { useLocation } from 'react-router';

import { ApiError } from '@/lib/api-client';

import { fieldErrorsOf, type FieldErrors } from '../components/field-errors';
import type { StatusMessageValue } from '../components/status-message';

type RunOptions = {
  /** Where this action's field errors go (a second form on the page); the main form's by default. */
  setFieldErrors?: (errors: FieldErrors) => void;
  /** Runs after a successful action, before the success message. */
  onDone?: () => void;
};

/**
 * The save cycle of an edit page for a resource written with If-Match: one action at a time, then reload (a new
 * version, a new ETag). A refused save shows its field errors, a 412 the `staleText`, anything else the problem.
 * `createdText` is the first message when the page was opened right after creating the resource.
 */
export function useVersionedSave({ staleText, createdText }: { staleText: string; createdText?: string }) {
  // The create page opens the edit page with `created` in the location state: say so once.
  const created = Boolean((useLocation().state as { created?: boolean } | null)?.created);
  const [reload, setReload] = useState(0);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<StatusMessageValue | null>(
    created && createdText !== undefined ? { ok: true, text: createdText } : null,
  );

  const run = async (action: () => Promise<unknown>, okText: string, options: RunOptions = {}) => {
    const { setFieldErrors = setErrors, onDone } = options;
    if (saving) return;
    setSaving(true);
    setMessage(null);
    try {
      await action();
      setFieldErrors({});
      onDone?.();
      setMessage({ ok: true, text: okText });
      setReload((n) => n + 1);
    } catch (error) {
      const fieldErrors = fieldErrorsOf(error);
      if (fieldErrors) {
        setFieldErrors(fieldErrors);
        setMessage({ ok: false, text: 'Niet opgeslagen: controleer de velden met een foutmelding.' });
      } else if (error instanceof ApiError && error.status === 412) {
        setMessage({ ok: false, text: staleText });
      } else {
        setMessage({ ok: false, text: 'Dat is niet gelukt.', error });
      }
    } finally {
      setSaving(false);
    }
  };

  /** "Nieuwste gegevens laden": forget the last outcome and field errors, load again. */
  const refresh = () => {
    setMessage(null);
    setErrors({});
    setReload((n) => n + 1);
  };

  return { reload, errors, saving, message, run, refresh };
}
