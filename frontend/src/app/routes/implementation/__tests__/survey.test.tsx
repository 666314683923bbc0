import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';

import type { SurveyQuestion, SurveyRound } from '@/features/implementation/types';
import { logInAs } from '@/testing/login';
import { server } from '@/testing/mocks/server';
import { renderRoutes } from '@/testing/test-utils';

import { SurveyRoute } from '../survey';

const source = { document: '002_e30f9ceb731b810b.txt', section: 'BIJLAGE 4 VRAGENLIJST', quote: 'x' };
const questions: SurveyQuestion[] = [
  { code: '1', part: 'ALGEMEEN', kind: 'SCALE', text: 'Zijn hulpverleners bekend met de zelfhulpgroepen?',
    options: ['(Vrijwel) allemaal', '(Vrijwel) niemand'], scalePoints: 5, adapted: false, source },
  { code: '5', part: 'ALGEMEEN', kind: 'MULTIPLE', maxChoices: 2, text: 'Als men negatief is, waar heeft dat mee te maken?',
    options: ['Andere opvattingen', 'Abstinentie', 'Spirituele aspecten'], adapted: false, source },
];
let rounds: SurveyRound[];
let posted: unknown[];

beforeEach(() => {
  rounds = [];
  posted = [];
  server.use(
    http.get('*/api/v1/implementation/survey/questions', () => HttpResponse.json({ items: questions })),
    http.get('*/api/v1/implementation/survey/rounds', () => HttpResponse.json({ items: rounds })),
    http.post('*/api/v1/implementation/survey/rounds', async ({ request }) => {
      const body = (await request.json()) as { kind: 'BASELINE'; label: string };
      const round: SurveyRound = { id: 7, kind: body.kind, label: body.label, status: 'OPEN',
        openedAt: '2026-03-01T00:00:00Z', respondents: 0, responded: false };
      rounds = [round];
      return HttpResponse.json(round, { status: 201 });
    }),
    http.post('*/api/v1/implementation/survey/rounds/7/responses', async ({ request }) => {
      posted.push(await request.json());
      return new HttpResponse(null, { status: 204 });
    }),
  );
});

describe('Vragenlijst medewerkers (route)', () => {
  it('lets a coordinator start the baseline, and anyone answer once, anonymously', async () => {
    const user = userEvent.setup();
    await logInAs({ name: 'Cor Coördinator', roles: ['coordinator'], instelling: 'demo-instelling' });
    renderRoutes([{ path: '/instelling/vragenlijst', element: <SurveyRoute /> }], '/instelling/vragenlijst');
    expect(await screen.findByText(/Er loopt nu geen ronde\./)).toBeInTheDocument();
    expect(screen.getByText(/Start hierboven een nulmeting/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Nulmeting starten' }));

    const form = await screen.findByRole('form', { name: /Vragenlijst Nulmeting/ });
    await user.click(within(form).getByRole('button', { name: 'Antwoorden versturen' }));
    expect(screen.getByText('Beantwoord minstens één vraag.')).toBeInTheDocument();
    expect(posted).toHaveLength(0);

    const q1 = within(form).getByRole('group', { name: /^1\. / });
    await user.click(within(q1).getByLabelText('3'));
    const q5 = within(form).getByRole('group', { name: /^5\. / });
    await user.click(within(q5).getByLabelText('Abstinentie'));
    await user.click(within(q5).getByLabelText('Spirituele aspecten'));
    await user.click(within(form).getByRole('button', { name: 'Antwoorden versturen' }));

    expect(await screen.findByText(/Dank u wel/)).toBeInTheDocument();
    expect(posted).toEqual([{ answers: [{ question: '1', values: [3] }, { question: '5', values: [1, 2] }] }]);
    expect(screen.getByRole('button', { name: /Ronde ‘Nulmeting .*’ sluiten/ })).toBeInTheDocument();
  });

  it('tells a medewerker what to do when no round runs, and where to go instead', async () => {
    await logInAs({ name: 'Mila Medewerker', roles: ['medewerker'], instelling: 'demo-instelling' });
    renderRoutes([{ path: '/instelling/vragenlijst', element: <SurveyRoute /> }], '/instelling/vragenlijst');
    expect(await screen.findByText(/De coördinator zelfhulp van uw instelling start een ronde/, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar Mijn instelling' })).toHaveAttribute('href', '/instelling');
    expect(screen.queryByRole('button', { name: 'Nulmeting starten' })).not.toBeInTheDocument();
  });

  it('shows a medewerker the form but no buttons to open or close rounds', async () => {
    rounds = [{ id: 7, kind: 'BASELINE', label: 'Nulmeting', status: 'OPEN', openedAt: '2026-03-01T00:00:00Z', respondents: 3, responded: false }];
    await logInAs({ name: 'Mila Medewerker', roles: ['medewerker'], instelling: 'demo-instelling' });
    renderRoutes([{ path: '/instelling/vragenlijst', element: <SurveyRoute /> }], '/instelling/vragenlijst');
    expect(await screen.findByRole('form', { name: 'Vragenlijst Nulmeting' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /starten|sluiten/ })).not.toBeInTheDocument();
  });
});
