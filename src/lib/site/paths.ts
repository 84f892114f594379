/** Every internal URL is built here, from the configured base, so any sub-path works. */
const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

export const paths = {
  base,
  home: () => base,
  speech: (slug: string, hash = '') => `${base}speeches/${slug}/${hash}`,
  campaigns: () => `${base}campaigns/`,
  campaign: (slug: string) => `${base}campaigns/${slug}/`,
  years: () => `${base}years/`,
  year: (year: string | number) => `${base}years/${year}/`,
  speakers: () => `${base}speakers/`,
  speaker: (slug: string) => `${base}speakers/${slug}/`,
  concepts: () => `${base}concepts/`,
  concept: (slug: string, hash = '') => `${base}concepts/${slug}/${hash}`,
  phrases: () => `${base}phrases/`,
  concordance: (q?: string) => `${base}concordance/${q ? `?q=${encodeURIComponent(q)}` : ''}`,
  search: (q?: string) => `${base}search/${q ? `?q=${encodeURIComponent(q)}` : ''}`,
  about: () => `${base}about/`,
  help: () => `${base}help/`,
};
