/** The IANA time zones the browser knows, grouped by region for the picker. */

/** The browser's list plus UTC (which some browsers leave out); empty when the browser cannot list them. */
export function browserTimeZones(): string[] {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    // very old browser: the picker falls back to a text field
  }
  return zones.length ? [...new Set(['UTC', ...zones])] : [];
}

export function localTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** [region, zones] in the list's order; zones without a region ("UTC") come first under "General". */
export function groupTimeZones(zones: readonly string[]): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const z of zones) {
    const region = z.includes('/') ? z.slice(0, z.indexOf('/')) : 'General';
    if (!groups.has(region)) groups.set(region, []);
    groups.get(region)!.push(z);
  }
  const general = groups.get('General');
  groups.delete('General');
  return [...(general ? [['General', general] as [string, string[]]] : []), ...groups];
}
