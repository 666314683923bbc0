import { StatusBadge } from '@utrecht/component-library-react';

/** Visible on every demo group: these data are invented and the group does not exist. */
export function DemoLabel() {
  return (
    <StatusBadge status="warning" className="zhw-demo-label">
      Voorbeeldgegevens<span className="zhw-visually-hidden">: deze groep bestaat niet echt</span>
    </StatusBadge>
  );
}

/** "Nu bezig": the meeting is going on right now. */
export function InProgressLabel() {
  return (
    <StatusBadge status="safe" className="zhw-in-progress-label">
      Nu bezig
    </StatusBadge>
  );
}
