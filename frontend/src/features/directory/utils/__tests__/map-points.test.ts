import { describe, expect, it } from 'vitest';

import { monthlyGent, onlineNow, utrechtMonday } from '../../testing/meetings-data';
import { mapPoints } from '../map-points';

describe('map points', () => {
  it('keeps in-person meetings with coordinates, not online ones or those with only a town', () => {
    expect(mapPoints([utrechtMonday, onlineNow, monthlyGent])).toEqual([{ meeting: utrechtMonday, lat: 52.09, lon: 5.12 }]);
  });
});
