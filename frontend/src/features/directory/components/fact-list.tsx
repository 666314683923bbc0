import { DataList, DataListItem, DataListKey, DataListValue } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

export type Fact = { key: string; value: ReactNode; multiline?: boolean };

/** A NL Design System DataList of key/value pairs; pairs without a value are left out. */
export function FactList({ facts, className }: { facts: Fact[]; className?: string }) {
  return (
    <DataList className={className}>
      {facts
        .filter((f) => f.value !== undefined && f.value !== null && f.value !== '')
        .map((f) => (
          <DataListItem key={f.key}>
            <DataListKey>{f.key}</DataListKey>
            <DataListValue multiline={f.multiline}>{f.value}</DataListValue>
          </DataListItem>
        ))}
    </DataList>
  );
}
