// better-sqlite3 is not N-API: Node (tests, web host) and Electron need different builds.
// `node scripts/native-modules.mjs node` makes sure the Node build is in place;
// `... electron` rebuilds it against Electron's headers (needs Electron's headers online).
// keytar is N-API, one build serves both.
import { execSync, spawnSync } from 'node:child_process';

const target = process.argv[2];
const probe = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], {
  encoding: 'utf8',
});
const nodeBuildWorks = probe.status === 0;

if (target === 'node') {
  if (!nodeBuildWorks) {
    console.log('Rebuilding better-sqlite3 for Node', process.version, '…');
    execSync('npm rebuild better-sqlite3', { stdio: 'inherit' });
  }
} else if (target === 'electron') {
  console.log('Rebuilding better-sqlite3 for Electron …');
  execSync('npx electron-rebuild -f -o better-sqlite3', { stdio: 'inherit' });
} else {
  console.error('usage: native-modules.mjs node|electron');
  process.exit(2);
}
