import { useState } from 'react';
import { useNavigate } from 'react-router';

import { fieldErrorsOf, type FieldErrors } from '../components/field-errors';

/**
 * The submit of a "Nieuwe …" page: one save at a time; a refused save shows the API's field errors, any other
 * failure its problem; on success the new resource's edit page opens (with `created` in its location state).
 */
export function useCreateForm<V, R>(create: (value: V) => Promise<R>, editPath: (created: R) => string) {
  const navigate = useNavigate();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const save = async (value: V) => {
    if (saving) return;
    setSaving(true);
    setFailure(null);
    try {
      const created = await create(value);
      navigate(editPath(created), { state: { created: true } });
    } catch (error) {
      const fieldErrors = fieldErrorsOf(error);
      if (fieldErrors) {
        setErrors(fieldErrors);
      } else {
        setFailure(error);
      }
    } finally {
      setSaving(false);
    }
  };

  return { errors, saving, failure, save };
}
