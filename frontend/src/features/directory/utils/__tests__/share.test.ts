import { describe, expect, it } from 'vitest';

import { utrechtMonday } from '../../testing/meetings-data';
import { mailtoHref, shareText, smsHref } from '../share';

describe('sending a meeting to a client', () => {
  const meeting = utrechtMonday;
  const text = shareText(meeting, 'https://zhw.example/bijeenkomsten/x', new Date('2026-12-02T11:00:00Z'));

  it('names the group, when and where, and the link, in plain Dutch', () => {
    expect(text).toContain(`deze zelfhulpgroep kan bij je passen: ${meeting.groupName} (${meeting.organisation.name})`);
    expect(text).toMatch(/^Elke /m);
    expect(text).toContain('De volgende keer is ');
    expect(text).toContain('Meer informatie: https://zhw.example/bijeenkomsten/x');
  });

  it('puts the text in mailto: and sms: links, encoded, with no address or number', () => {
    expect(mailtoHref('Zelfhulpgroep: AA', 'a b\nc&d')).toBe('mailto:?subject=Zelfhulpgroep%3A%20AA&body=a%20b%0Ac%26d');
    expect(smsHref('a&b')).toBe('sms:?body=a%26b');
  });
});
