/** The numbered pages of one campaign, year or speaker (src/components/GroupPage.astro). */
import type { Group } from './catalog.ts';
import type { SpeechEntry } from '../speech/schema.ts';
import { pageItems, pageParam, SPEECHES_PER_PAGE } from './paging.ts';

export interface GroupPageProps {
  /** Heading and page title. */
  title: string;
  /** URL of the first page. */
  url: string;
  /** Speeches in the whole group. */
  total: number;
  /** This page's speeches, newest first. */
  speeches: SpeechEntry[];
  page: number;
  pages: number;
  /** The `[...page]` route parameter. */
  param: string | undefined;
}

export function groupPages(group: Group, url: string, title = group.name): GroupPageProps[] {
  const chunks = pageItems(group.speeches, SPEECHES_PER_PAGE);
  return chunks.map((speeches, i) => ({
    title,
    url,
    total: group.speeches.length,
    speeches,
    page: i + 1,
    pages: chunks.length,
    param: pageParam(i + 1),
  }));
}
