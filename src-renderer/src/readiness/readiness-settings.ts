// What the admin tells the scan about their Entra Connect setup, kept per connection profile: the
// OUs outside the sync scope and the tenant's verified domains. Until the cloud sign-in can read
// the verified domains, they are typed once here.

export interface ReadinessSettings {
  excludeDns: string[];
  verifiedDomains: string[];
}

const key = (profileId: string) => `recipientdesk.readiness.${profileId}`;

export function loadReadinessSettings(profileId: string): ReadinessSettings {
  try {
    const parsed = JSON.parse(
      localStorage.getItem(key(profileId)) ?? 'null',
    ) as Partial<ReadinessSettings> | null;
    return {
      excludeDns: Array.isArray(parsed?.excludeDns)
        ? parsed.excludeDns.filter((v) => typeof v === 'string')
        : [],
      verifiedDomains: Array.isArray(parsed?.verifiedDomains)
        ? parsed.verifiedDomains.filter((v) => typeof v === 'string')
        : [],
    };
  } catch {
    return { excludeDns: [], verifiedDomains: [] };
  }
}

export function saveReadinessSettings(profileId: string, settings: ReadinessSettings): void {
  localStorage.setItem(key(profileId), JSON.stringify(settings));
}

/** One DN per line, blank lines dropped. */
export function parseDnLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** Domains separated by commas, semicolons or spaces. */
export function parseDomains(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((d) => d.trim().toLowerCase())
    .filter(Boolean);
}
