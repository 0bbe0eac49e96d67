/** "1 h 5 min", "3 min 20 s", "45 s": short enough for an ETA. Units in the caller's words. */
export function formatDuration(seconds: number, units: { h: string; min: string; s: string } = { h: 'h', min: 'min', s: 's' }): string {
  const total = Math.max(0, Math.round(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h} ${units.h} ${m} ${units.min}`;
  if (m > 0) return `${m} ${units.min} ${s} ${units.s}`;
  return `${s} ${units.s}`;
}
