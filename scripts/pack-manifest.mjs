// `prepack` and `postpack`: the package.json that goes into the tarball has no scripts and no devDependencies.
// The tarball ships what it runs (built by `prepack`), so installing it runs nothing and warns of nothing; the
// package.json of the repository is put back once the tarball is made.
import { existsSync, readFileSync, renameSync, writeFileSync, copyFileSync } from 'node:fs';

const SAVED = 'package.json.orig';
if (process.argv[2] === 'clean') {
  copyFileSync('package.json', SAVED);
  const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
  delete manifest.scripts;
  delete manifest.devDependencies;
  writeFileSync('package.json', JSON.stringify(manifest, null, 2) + '\n');
} else if (process.argv[2] === 'restore' && existsSync(SAVED)) {
  renameSync(SAVED, 'package.json');
}
