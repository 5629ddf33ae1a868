// Re-exported from our own file: Vite cannot bundle monaco-yaml's worker when it is referenced directly.
import 'monaco-yaml/yaml.worker.js';
