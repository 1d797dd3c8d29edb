export const SLUG_PATTERN = /^[a-z][a-z0-9-]{2,39}$/;
export const MIN_PASSWORD = 10;

/** Suggest a URL slug from a company name: "Café Ünïcorn GmbH" -> "cafe-unicorn-gmbh". */
export function suggestSlug(companyName: string): string {
  return companyName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

export function slugError(slug: string): string | undefined {
  if (SLUG_PATTERN.test(slug)) return undefined;
  return '3–40 characters: lowercase letters, digits and hyphens, starting with a letter.';
}

export function passwordError(password: string): string | undefined {
  return password.length >= MIN_PASSWORD ? undefined : `At least ${MIN_PASSWORD} characters.`;
}

export function requiredError(value: string, what: string): string | undefined {
  return value.trim() ? undefined : `${what} is required.`;
}

export function emailError(email: string): string | undefined {
  return /^[^\s@]+@[^\s@]+$/.test(email.trim()) ? undefined : 'Enter a valid email address.';
}

/** Drop undefined entries so an empty object means "valid". */
export function collect(errors: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(errors)) if (v) out[k] = v;
  return out;
}
