import {
  Alert,
  Button,
  ButtonGroup,
  FormField,
  FormFieldDescription,
  FormLabel,
  Paragraph,
  Textbox,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';

import { ProblemAlert } from '@/components/errors/problem-alert';
import { deleteDemoData, generateDemoData } from '@/features/directory/api/admin';
import { AdminPage, AdminPageHeading } from '@/features/directory/components/admin-page';
import { fieldErrorsOf, type FieldErrors } from '@/features/directory/components/field-errors';

import '@/features/directory/components/admin.css';

const TITLE = 'Voorbeeldgegevens';

/** /beheer/voorbeeldgegevens (beheerder): make or remove invented demo groups. Real data stay untouched. */
export function DemoDataRoute() {
  return (
    <AdminPage title={TITLE} beheerderOnly>
      <DemoData />
    </AdminPage>
  );
}

type Result = { text: string } | { error: unknown };

function DemoData() {
  const [groups, setGroups] = useState('200');
  const [seed, setSeed] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);

  const run = async (action: () => Promise<{ groups: number; meetings: number; locations: number; seed: number }>, verb: string) => {
    if (busy) return;
    setBusy(true);
    setResult(null);
    try {
      const r = await action();
      setErrors({});
      setResult({ text: `${verb}: ${r.groups} groepen, ${r.meetings} bijeenkomsten en ${r.locations} plekken (seed ${r.seed}).` });
    } catch (error) {
      const fieldErrors = fieldErrorsOf(error);
      if (fieldErrors) {
        setErrors(fieldErrors);
      } else {
        setResult({ error });
      }
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    const n = Number(groups);
    if (!/^\d+$/.test(groups.trim()) || n > 20000) found.groups = 'Vul een aantal in van 0 tot en met 20000.';
    if (seed.trim() && !/^-?\d+$/.test(seed.trim())) found.seed = 'Vul een heel getal in, of laat het leeg.';
    setErrors(found);
    if (Object.keys(found).length) {
      document.getElementById(found.groups ? 'zhw-demo-groups' : 'zhw-demo-seed')?.focus();
      return;
    }
    void run(() => generateDemoData(n, seed.trim() ? Number(seed) : undefined), 'Gemaakt');
  };

  const field = (name: 'groups' | 'seed', label: string, hint: string, value: string, set: (v: string) => void) => (
    <FormField
      invalid={Boolean(errors[name])}
      label={<FormLabel htmlFor={`zhw-demo-${name}`}>{label}</FormLabel>}
      description={<FormFieldDescription id={`zhw-demo-${name}-hint`}>{hint}</FormFieldDescription>}
      errorMessage={errors[name] ? <span id={`zhw-demo-${name}-error`}>{errors[name]}</span> : undefined}
      input={
        <Textbox
          id={`zhw-demo-${name}`}
          inputMode="numeric"
          invalid={Boolean(errors[name])}
          aria-describedby={`zhw-demo-${name}-hint${errors[name] ? ` zhw-demo-${name}-error` : ''}`}
          value={value}
          onChange={(e) => set(e.target.value)}
        />
      }
    />
  );

  return (
    <>
      <AdminPageHeading>{TITLE}</AdminPageHeading>
      <Paragraph>
        Voorbeeldgegevens zijn verzonnen groepen en bijeenkomsten om de Zelfhulpwijzer te laten zien of te testen. Ze
        hebben overal het label ‘Voorbeeldgegevens’. Maken vervangt alle eerdere voorbeeldgegevens; echte gegevens
        blijven onaangeroerd.
      </Paragraph>
      <form className="zhw-admin-form" onSubmit={submit} noValidate aria-label="Voorbeeldgegevens maken">
        {field('groups', 'Aantal groepen', 'Van 0 tot en met 20000.', groups, setGroups)}
        {field('seed', 'Seed (niet verplicht)', 'Dezelfde seed geeft dezelfde gegevens.', seed, setSeed)}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" aria-disabled={busy || undefined}>
            Voorbeeldgegevens maken
          </Button>
          <Button
            type="button"
            appearance="secondary-action-button"
            aria-disabled={busy || undefined}
            onClick={() => {
              if (window.confirm('Alle voorbeeldgegevens verwijderen? Echte gegevens blijven staan.')) void run(deleteDemoData, 'Verwijderd');
            }}
          >
            Alle voorbeeldgegevens verwijderen
          </Button>
        </ButtonGroup>
      </form>
      <div role="status" className="zhw-admin-section">
        {result && 'text' in result && (
          <Alert type="ok">
            <Paragraph>{result.text}</Paragraph>
          </Alert>
        )}
      </div>
      {result && 'error' in result && <ProblemAlert error={result.error} />}
    </>
  );
}
