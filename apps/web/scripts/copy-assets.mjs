// Copies GOV.UK Frontend's precompiled CSS, fonts and images into public/assets, where its CSS
// expects them (/assets/fonts, /assets/images). Generated at build time; not in git.
import { cpSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const govuk = join(dirname(require.resolve('govuk-frontend/package.json')), 'dist', 'govuk');
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'assets');
mkdirSync(out, { recursive: true });
cpSync(join(govuk, 'assets'), out, { recursive: true });
cpSync(join(govuk, 'govuk-frontend.min.css'), join(out, 'govuk-frontend.min.css'));
