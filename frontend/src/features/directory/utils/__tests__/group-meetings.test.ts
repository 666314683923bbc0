import { describe, expect, it } from 'vitest';

import { monthlyGent, onlineNow, utrechtMonday } from '../../testing/meetings-data';
import { groupMeetings } from '../group-meetings';

describe('groupMeetings', () => {
  it('shows a group once, in the order of its first meeting, with its other days', () => {
    const thursday = { ...utrechtMonday, slug: 'aa-utrecht-do', day: 4 };
    const grouped = groupMeetings([utrechtMonday, onlineNow, thursday, monthlyGent]);
    expect(grouped.map((g) => g.first.slug)).toEqual([utrechtMonday.slug, onlineNow.slug, monthlyGent.slug]);
    expect(grouped[0]!.others.map((m) => m.slug)).toEqual(['aa-utrecht-do']);
    expect(grouped[1]!.others).toEqual([]);
  });
});
