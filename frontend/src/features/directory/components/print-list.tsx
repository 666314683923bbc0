import {
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';

import { DAY_LABELS, weekOfMonthLabel } from '../labels';
import type { GroupHits } from '../types';
import { addressText, timeRange } from '../utils/schedule';

import { contactRouteText } from './group-contact';

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The waiting-room list: one table per day with time, group, place and the group's own contact route (labelled with
 * the role that answers, never one national number for all).
 */
export function PrintList({ groups }: { groups: GroupHits[] }) {
  const meetings = groups
    .flatMap((g) => g.meetings.map((m) => ({ ...m, contact: contactRouteText(g) })))
    .sort((a, b) => a.day - b.day || a.startTime.localeCompare(b.startTime) || a.name.localeCompare(b.name, 'nl'));
  const days = [1, 2, 3, 4, 5, 6, 7]
    .map((day) => ({ day, meetings: meetings.filter((m) => m.day === day) }))
    .filter((d) => d.meetings.length > 0);
  return (
    <div className="zhw-print-list">
      {days.map(({ day, meetings: dayMeetings }) => (
        <section key={day} aria-labelledby={`zhw-print-day-${day}`} className="zhw-print-list__day">
          <Heading level={2} id={`zhw-print-day-${day}`}>
            {capitalise(DAY_LABELS[day])}
          </Heading>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Tijd</TableHeaderCell>
                <TableHeaderCell scope="col">Groep</TableHeaderCell>
                <TableHeaderCell scope="col">Waar</TableHeaderCell>
                <TableHeaderCell scope="col">Contact</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {dayMeetings.map((m) => (
                <TableRow key={m.slug}>
                  <TableCell>
                    {timeRange(m)}
                    {m.frequency === 'MONTHLY' && <> ({weekOfMonthLabel(m.weekOfMonth)} {DAY_LABELS[m.day]} van de maand)</>}
                  </TableCell>
                  <TableCell>
                    {m.name}
                    <br />
                    <span className="zhw-print-list__org">{m.organisation.shortName ?? m.organisation.name}</span>
                    {m.demo && <span className="zhw-print-list__demo"> · Voorbeeldgegevens</span>}
                  </TableCell>
                  <TableCell>
                    {m.attendance === 'ONLINE'
                      ? 'Online'
                      : `${addressText(m.location)}${m.attendance === 'HYBRID' ? ' (ook online)' : ''}`}
                    {/* Without a computer a client can still join online meetings by phone. */}
                    {m.attendance !== 'IN_PERSON' && m.conferencePhone && <> · inbellen: {m.conferencePhone}</>}
                  </TableCell>
                  <TableCell>{m.contact || `Via ${m.organisation.name}`}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </section>
      ))}
      {days.length === 0 && <Paragraph>Er zijn geen bijeenkomsten die passen bij deze keuzes.</Paragraph>}
    </div>
  );
}
