import { useEffect, useState } from 'react';

/** "2026-11-25T12:03": changes once a minute, so "nu bezig" stays current on a screen left open. */
export function useMinute(): string {
  const [minute, setMinute] = useState(() => new Date().toISOString().slice(0, 16));
  useEffect(() => {
    const timer = window.setInterval(() => setMinute(new Date().toISOString().slice(0, 16)), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return minute;
}
