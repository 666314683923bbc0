import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';

import {
  AGE_LABELS,
  APPROACH_LABELS,
  BEHAVIOUR_LABELS,
  CHARACTERISTIC_LABELS,
  COUNTRY_LABELS,
  GOAL_LABELS,
  LANGUAGE_LABELS,
  MEDICATION_LABELS,
  NETWORK_LABELS,
  PHASE_LABELS,
  PROFESSION_LABELS,
  RELATION_LABELS,
  RISK_LABELS,
  SETTING_LABELS,
  STAGE_LABELS,
  SYMPTOM_LABELS,
} from '../labels';
import { missingAnswers, type WizardAnswers } from '../utils/profile';

import { CheckboxGroup, RadioGroup, SelectField, TextField, YesNoCheckbox } from './choice-fields';

type Step = { key: string; title: string; personOnly?: boolean };

const STEPS: Step[] = [
  { key: 'who', title: 'Voor wie is de hulp?' },
  { key: 'what', title: 'Waar gaat het over?' },
  { key: 'safety', title: 'Veiligheid eerst' },
  { key: 'treatment', title: 'Behandeling en wens', personOnly: true },
  { key: 'situation', title: 'Gezondheid en situatie', personOnly: true },
  { key: 'route', title: 'Hoe wilt u verwijzen?' },
];

type Props = {
  answers: WizardAnswers;
  onChange: (answers: WizardAnswers) => void;
  /** The step shown (0-based), kept by the page so that it survives leaving and coming back. */
  index: number;
  onIndexChange: (index: number) => void;
  onDone: () => void;
};

/** "Welke groep past?": short steps with plain-language questions. Only the first two must be answered. */
export function AdviceWizard({ answers, onChange, index, onIndexChange, onDone }: Props) {
  const steps = STEPS.filter((s) => !s.personOnly || answers.relation === 'PERSON' || !answers.relation);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const headingRef = useRef<HTMLHeadingElement>(null);
  const current = Math.min(index, steps.length - 1);
  const step = steps[current];
  const last = current >= steps.length - 1;
  const set = (patch: Partial<WizardAnswers>) => onChange({ ...answers, ...patch });

  const go = (next: number) => {
    onIndexChange(next);
    setErrors({});
    // Move focus to the new question, as a new page would.
    window.setTimeout(() => headingRef.current?.focus(), 0);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const stepNumber = STEPS.indexOf(step);
    const missing = missingAnswers(stepNumber, answers);
    if (Object.keys(missing).length > 0) {
      setErrors(missing);
      const first = Object.keys(missing)[0];
      window.setTimeout(() => document.querySelector<HTMLElement>(`[data-field="${first}"] input`)?.focus(), 0);
      return;
    }
    if (last) onDone();
    else go(current + 1);
  };

  return (
    <form className="zhw-advice-wizard zhw-panel" onSubmit={submit} noValidate aria-labelledby="zhw-advice-step-title">
      <Paragraph appearance="small" className="zhw-advice-progress">
        Stap {current + 1} van {steps.length}
      </Paragraph>
      <Heading level={2} id="zhw-advice-step-title" ref={headingRef} tabIndex={-1}>
        {step.title}
      </Heading>

      {step.key === 'who' && (
        <>
          <RadioGroup name="relation" legend="Wie vraagt om hulp?" error={errors.relation}
            hint="Naasten hebben vaak een eigen groep, zoals Al-Anon voor partners."
            options={RELATION_LABELS} value={answers.relation} onChange={(relation) => set({ relation })} />
          <SelectField label="Hoe oud is wie om hulp vraagt?" options={AGE_LABELS} value={answers.ageBand}
            onChange={(ageBand) => set({ ageBand })} />
        </>
      )}

      {step.key === 'what' && (
        <>
          <CheckboxGroup name="behaviours" legend="Om welk middel of gedrag gaat het?" error={errors.behaviours}
            hint="Kies alles wat speelt." options={BEHAVIOUR_LABELS} value={answers.behaviours}
            onChange={(behaviours) => set({ behaviours })} />
          <RadioGroup name="country" legend="In welk land zoekt u een groep?" options={COUNTRY_LABELS}
            none="Maakt niet uit" value={answers.country} onChange={(country) => set({ country })} />
          <TextField name="place" label="Woonplaats of postcode van de cliënt"
            hint="Bijvoorbeeld ‘Zeist’, ‘3511’ of ‘1000 Brussel’. Groepen dichtbij komen dan eerst. Alleen de plaats, geen adres."
            value={answers.place} onChange={(place) => set({ place })} />
          <RadioGroup name="profession" legend="Is de persoon met de verslaving arts?"
            hint="Voor artsen is er een apart programma." options={PROFESSION_LABELS} none="Weet ik niet"
            value={answers.profession} onChange={(profession) => set({ profession })} />
        </>
      )}

      {step.key === 'safety' && (
        <CheckboxGroup name="riskSignals" legend="Speelt een van deze dingen?"
          hint="Deze signalen staan altijd bovenaan het advies, met wat u eerst moet doen."
          options={RISK_LABELS} value={answers.riskSignals} onChange={(riskSignals) => set({ riskSignals })} />
      )}

      {step.key === 'treatment' && (
        <>
          <RadioGroup name="abstinenceWish" legend="Wil de cliënt helemaal stoppen?"
            options={{ yes: 'Ja', no: 'Nee' }} none="Weet ik niet" value={answers.abstinenceWish}
            onChange={(abstinenceWish) => set({ abstinenceWish })} />
          <SelectField label="Wat is het doel van de behandeling?" options={GOAL_LABELS} value={answers.treatmentGoal}
            onChange={(treatmentGoal) => set({ treatmentGoal })} />
          <SelectField label="Waar staat de cliënt nu?" options={STAGE_LABELS} value={answers.stageOfChange}
            onChange={(stageOfChange) => set({ stageOfChange })} />
          <SelectField label="Waar is de cliënt in de zorg?" options={PHASE_LABELS} value={answers.treatmentPhase}
            onChange={(treatmentPhase) => set({ treatmentPhase })} />
          <SelectField label="Waar vindt de behandeling plaats?" options={SETTING_LABELS} value={answers.treatmentSetting}
            onChange={(treatmentSetting) => set({ treatmentSetting })} />
          <YesNoCheckbox label="De cliënt heeft tijdens de behandeling ‘alcoholprivileges’"
            checked={answers.alcoholPrivileges} onChange={(alcoholPrivileges) => set({ alcoholPrivileges })} />
        </>
      )}

      {step.key === 'situation' && (
        <>
          <CheckboxGroup name="psychiatricSymptoms" legend="Heeft de cliënt zeer ernstige psychische klachten?"
            options={SYMPTOM_LABELS} value={answers.psychiatricSymptoms}
            onChange={(psychiatricSymptoms) => set({ psychiatricSymptoms })} />
          <CheckboxGroup name="medication" legend="Krijgt de cliënt medicijnen van een arts?"
            options={MEDICATION_LABELS} value={answers.medication} onChange={(medication) => set({ medication })} />
          <YesNoCheckbox label="De cliënt heeft een licht verstandelijke beperking"
            hint="Het advies geeft dan tips voor eenvoudige uitleg en voor de eerste keer."
            checked={answers.mildIntellectualDisability}
            onChange={(mildIntellectualDisability) => set({ mildIntellectualDisability })} />
          <RadioGroup name="network" legend="Hoe zijn de mensen om de cliënt heen?" options={NETWORK_LABELS}
            none="Weet ik niet" value={answers.network} onChange={(network) => set({ network })} />
          <CheckboxGroup name="characteristics" legend="Wat past bij de cliënt?" hint="Kies alles wat klopt."
            options={CHARACTERISTIC_LABELS} value={answers.characteristics}
            onChange={(characteristics) => set({ characteristics })} />
        </>
      )}

      {step.key === 'route' && (
        <>
          <YesNoCheckbox label="Onze instelling heeft een makelaar of ervaringsdeskundige voor zelfhulp"
            hint="Die kan een afspraak maken en de cliënt naar de eerste bijeenkomst brengen."
            checked={answers.makelaarAvailable} onChange={(makelaarAvailable) => set({ makelaarAvailable })} />
          <YesNoCheckbox label="Liever eerst online hulp" checked={answers.online} onChange={(online) => set({ online })} />
          <RadioGroup name="approach" legend="Welke aanpak wil de cliënt?" options={APPROACH_LABELS}
            none="Maakt niet uit" value={answers.approach} onChange={(approach) => set({ approach })} />
          <SelectField label="In welke taal wil de cliënt de bijeenkomsten?" options={LANGUAGE_LABELS}
            value={answers.language} onChange={(language) => set({ language })} />
          <YesNoCheckbox label="Liever bijeenkomsten alleen voor vrouwen"
            hint="Groepen met bijeenkomsten alleen voor vrouwen komen dan eerst."
            checked={answers.womenOnly} onChange={(womenOnly) => set({ womenOnly })} />
        </>
      )}

      <ButtonGroup className="zhw-advice-actions">
        {current > 0 && (
          <Button type="button" appearance="secondary-action-button" onClick={() => go(current - 1)}>
            Vorige
          </Button>
        )}
        <Button type="submit" appearance="primary-action-button">
          {last ? 'Advies bekijken' : 'Volgende'}
        </Button>
      </ButtonGroup>
    </form>
  );
}
