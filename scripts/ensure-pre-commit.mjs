// The pre-commit hook test drives Debian's pre-commit; install it when missing (as root), the
// way ensure-chromium.mjs installs Chromium for the e2e tests.
import { execSync } from 'node:child_process';

const installed = () => {
  try {
    execSync('pre-commit --version', { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

export default function ensurePreCommit() {
  if (installed()) return;
  if (process.getuid?.() !== 0)
    throw new Error('pre-commit is missing: run "apt-get install -y pre-commit" as root.');
  console.log('Installing Debian pre-commit (apt-get install pre-commit)…');
  execSync(
    'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pre-commit',
    { stdio: 'inherit', shell: '/bin/bash' },
  );
}
