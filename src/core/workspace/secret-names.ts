/** Words that make a map key hold a secret value, matched in the key lowercased without separators. */
const secretKeyWords = [
  'password',
  'passwd',
  'secret',
  'token',
  'credential',
  'apikey',
  'accesskey',
  'privatekey',
];

/**
 * Keys that name where a secret lives instead of holding it (`passwordSecretRef`, `secretName`,
 * `existingSecret`, `credentialsFile`): stripping those would break the configuration and hide nothing.
 */
const referenceEndings = ['ref', 'refs', 'name', 'names', 'path', 'file', 'arn'];
const referencePrefixes = ['existing'];

/** `awsSecretAccessKey`, `password`, `secretAccessKey`, `accessKeyId`, `apiToken`… but not `passwordSecretRef`. */
export function isSecretKey(key: string): boolean {
  const normalized = key.toLowerCase().replace(/[^a-z0-9]/g, '');
  return (
    secretKeyWords.some((word) => normalized.includes(word)) &&
    !referenceEndings.some((ending) => normalized.endsWith(ending)) &&
    !referencePrefixes.some((prefix) => normalized.startsWith(prefix))
  );
}

const secretEnvWords = /PASSW|SECRET|TOKEN|CREDENTIAL|APIKEY|PRIVATE_?KEY/;
const secretEnvSegments = new Set(['KEY', 'PWD', 'PASS']);

/** Environment variable names that usually carry a secret: `DB_PASSWORD`, `HF_TOKEN`, `AWS_ACCESS_KEY_ID`. */
export function isSecretEnvName(name: string): boolean {
  const upper = name.toUpperCase();
  return (
    secretEnvWords.test(upper) ||
    upper.split(/[^A-Z0-9]+/).some((segment) => secretEnvSegments.has(segment))
  );
}

/** Lists that hold `{ name, value }` environment entries: `env`, `extraEnv`, `envVars`. */
export function isEnvListKey(key: string): boolean {
  return /env/i.test(key);
}

/**
 * A cheap test that a text cannot hold a secret: every key and env var name the checks above
 * accept contains one of these words. Saves parsing large texts on every draft save.
 */
export function mightHoldSecret(text: string): boolean {
  return /pass|pwd|secret|token|credential|key/i.test(text);
}
