import { escapeUserText } from '@/core/diagnostics/index.ts';
import type { FieldChange, ObjectDiff } from './diff-objects.ts';
import type { StageDiff } from './diff-pipeline-stage.ts';

/** A field value as one safe line: JSON (strings quoted), user text escaped and cut. */
export function formatFieldValue(value: unknown): string {
  return escapeUserText(value === undefined ? '(none)' : JSON.stringify(value));
}

export function objectLabel(object: ObjectDiff): string {
  const name = object.namespace ? `${object.namespace}/${object.name}` : object.name;
  return escapeUserText(`${object.kind} ${name}`);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The one line a reviewer reads first. */
export function stageDiffSummary(diff: StageDiff): string {
  const count = (change: ObjectDiff['change']) =>
    diff.objects.filter((o) => o.change === change).length;
  const changed = diff.objects.length - count('unchanged');
  const objects =
    changed === 0
      ? `no object changes in the ${diff.stage} stage`
      : `${diff.stage} stage: ${plural(count('changed'), 'object')} changed, ${count('added')} added, ${count('removed')} removed (${count('unchanged')} unchanged)`;
  const verdicts = diff.verdicts.map((v) => `${v.subject} verdict changes`);
  return [objects, ...verdicts].join('; ');
}

const fieldMark = { added: '+', removed: '-', changed: '~' } as const;
const objectMark = { added: '+', removed: '-', changed: '~', unchanged: ' ' } as const;

function fieldLine(field: FieldChange): string {
  const path = escapeUserText(field.path || '(object)');
  if (field.change === 'changed')
    return `${path}: ${formatFieldValue(field.before)} → ${formatFieldValue(field.after)}`;
  return `${path}: ${formatFieldValue(field.change === 'added' ? field.after : field.before)}`;
}

function objectHeading(object: ObjectDiff): string {
  const what = object.change === 'changed' ? plural(object.fields.length, 'field') : object.change;
  return `${objectMark[object.change]} ${objectLabel(object)}: ${what}`;
}

/** For a terminal or a CI log: the summary, each changed object with its fields, then the verdicts. */
export function stageDiffToText(diff: StageDiff): string {
  const lines = [stageDiffSummary(diff)];
  for (const object of diff.objects.filter((o) => o.change !== 'unchanged')) {
    lines.push(objectHeading(object));
    for (const field of object.fields)
      lines.push(`    ${fieldMark[field.change]} ${fieldLine(field)}`);
  }
  for (const v of diff.verdicts) {
    lines.push(`! ${v.subject}: ${escapeUserText(v.before)}`);
    lines.push(`  ${' '.repeat(v.subject.length)}→ ${escapeUserText(v.after)}`);
  }
  return `${lines.join('\n')}\n`;
}

const html = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A code fence longer than any backtick run inside, so no value can close it. */
function fenced(language: string, lines: readonly string[]): string {
  const longest = Math.max(
    2,
    ...lines.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((r) => r.length))),
  );
  const fence = '`'.repeat(longest + 1);
  return [`${fence}${language}`, ...lines, fence].join('\n');
}

function markdownFieldLines(field: FieldChange): string[] {
  const path = escapeUserText(field.path || '(object)');
  if (field.change === 'changed')
    return [
      `- ${path}: ${formatFieldValue(field.before)}`,
      `+ ${path}: ${formatFieldValue(field.after)}`,
    ];
  return [`${fieldMark[field.change]} ${fieldLine(field)}`];
}

/** For a pull-request comment: the summary first, then one collapsible block per changed object. */
export function stageDiffToMarkdown(diff: StageDiff): string {
  const parts = [`**actor-studio diff**: ${html(stageDiffSummary(diff))}`];
  if (diff.verdicts.length > 0)
    parts.push(
      diff.verdicts
        .map(
          (v) =>
            `- **${v.subject}**: ${html(escapeUserText(v.before))} → **${html(escapeUserText(v.after))}**`,
        )
        .join('\n'),
    );
  for (const object of diff.objects.filter((o) => o.change !== 'unchanged')) {
    parts.push(
      [
        `<details><summary>${html(objectHeading(object))}</summary>`,
        '',
        fenced('diff', object.fields.flatMap(markdownFieldLines)),
        '',
        '</details>',
      ].join('\n'),
    );
  }
  return `${parts.join('\n\n')}\n`;
}

/** For tools: every object (unchanged ones too), its field changes and the verdict changes. */
export function stageDiffToJson(diff: StageDiff): string {
  return `${JSON.stringify({ summary: stageDiffSummary(diff), ...diff }, null, 2)}\n`;
}
