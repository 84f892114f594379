/** `npm run check-links [-- DIR]`: zero broken internal links or fragments in the built site (honours ARCHIVE_BASE). */
import { resolve } from 'node:path';
import { archiveBase } from '../src/lib/site/env.ts';
import { checkLinks } from '../src/lib/checks/linkcheck.ts';

const dir = resolve(process.argv[2] ?? 'dist');
const { pages, links, broken } = checkLinks(dir, archiveBase());
for (const b of broken) console.error(`${b.page}: ${b.url} ${b.problem}`);
console.log(`${pages} pages, ${links} links checked, ${broken.length} broken.`);
process.exit(broken.length ? 1 : 0);
