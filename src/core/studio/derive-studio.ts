import type { ChartProfileId } from '@/core/chart/chart-profile.ts';
import type { Diagnostic } from '@/core/diagnostics/index.ts';
import type { ParsedValues } from '@/core/document/parse-values-text.ts';
import { shareEqualParts } from '@/core/document/share-equal-parts.ts';
import type { OperatorSettings } from '@/core/operator-settings/index.ts';
import type { PipelineResult } from '@/core/pipeline/index.ts';
import { singleActorSplit } from '@/core/release/actor-slice.ts';
import { outlineActorsList, type DocumentOutline } from '@/core/release/outline-actors-list.ts';
import type { ReleaseRun, SplitDocument } from '@/core/release/index.ts';
import { dedupeDiagnostics, sortDiagnostics } from './order-diagnostics.ts';

/** What the studio derives everything from. */
export interface StudioInputs {
  text: string;
  profile: ChartProfileId;
  operatorSettingsText: string;
  /** The actor the form, preview and lab show, by position in a document of several (default 0). */
  actor?: number;
}

/** The operator settings as read, with their problems located in the settings text. */
export interface DerivedOperatorSettings {
  settings?: OperatorSettings;
  diagnostics: Diagnostic[];
}

/** What the analysis stages (validation, chart, API server, operator, KEDA, formulas) make of the values. */
export interface StudioAnalysis {
  operatorSettings: DerivedOperatorSettings;
  /** Problems of the values and the settings, located in their texts (syntax problems excluded). */
  diagnostics: Diagnostic[];
  /** Every actor of the document through the pipeline. */
  release: ReleaseRun;
  /** The selected actor's pipeline. */
  pipeline: PipelineResult;
}

/**
 * The analysis stages, loaded after the first paint: they carry zod, mathjs and the operator
 * model, which the form does not need to become usable.
 */
export interface StudioAnalyzer {
  (
    values: unknown,
    parsed: ParsedValues | undefined,
    inputs: StudioInputs,
    previous?: StudioAnalysis & { inputs: StudioInputs },
  ): StudioAnalysis;
  /**
   * The document's actors alone (names, transports, queues), without their pipelines: cheap, so
   * a document just opened lists its actors before every actor has been through the stages.
   */
  split: (values: unknown, profile: ChartProfileId) => SplitDocument;
}

/**
 * The values reader (`parseValuesText`): Helm's YAML decoding and the document model. It carries
 * the `yaml` library, a quarter of what the first paint would otherwise load, so it arrives beside
 * the first paint rather than before it.
 */
export type ValuesReader = (text: string) => ParsedValues;

/** The stages that load after the entry, each absent until it has arrived. */
export interface StudioStages {
  read?: ValuesReader;
  analyze?: StudioAnalyzer;
}

/** Everything the UI shows, computed from the inputs alone. */
export interface DerivedStudio {
  inputs: StudioInputs;
  /** Undefined until the values reader has loaded: the text is on screen, the form waits for it. */
  parsed?: ParsedValues;
  /** The values the form shows: the current ones, or the last that parsed while the text is broken. */
  values: unknown;
  /** True while the text has a syntax error, or is not read yet: the form is read-only then, showing `values` from the last good text. */
  formLocked: boolean;
  /** The first syntax error, for the banner. */
  syntaxError?: Diagnostic;
  /** Every problem from every stage, located in the text and ordered by place. */
  diagnostics: Diagnostic[];
  /** The actors of the document (one for single-actor values), available before the analysis loads. */
  split: SplitDocument;
  /**
   * While the text is not read (the reader has not loaded, or a large document just opened waits
   * a frame for it): the actors of an `actors:` list as its lines show them, for the navigator.
   */
  outline?: DocumentOutline;
  /** Undefined until the analysis stages have loaded. */
  analysis?: StudioAnalysis;
}

/** The actors of the release run, kept while the run is the same (the navigator need not update). */
function releaseSplit(release: ReleaseRun, previous: DerivedStudio | undefined): SplitDocument {
  if (previous?.analysis?.release === release) return previous.split;
  return {
    kind: release.kind,
    actors: release.actors.map((a) => a.slice),
    diagnostics: release.structure,
  };
}

/**
 * The actors of a new document of several, told apart without running their pipelines, when the
 * caller defers the analysis: the navigator lists them at once. One actor's values (and a broken
 * text) are analysed at once, so the panels that show one pipeline never wait.
 */
function deferredSplit(
  values: unknown,
  inputs: StudioInputs,
  formLocked: boolean,
  previous: DerivedStudio | undefined,
  analyze: StudioAnalyzer | undefined,
): SplitDocument | undefined {
  if (!analyze || formLocked || (previous?.analysis && previous.inputs.text === inputs.text))
    return undefined;
  const split = analyze.split(values, inputs.profile);
  return split.kind === 'single-actor' ? undefined : split;
}

/**
 * What a derivation may leave for the next frame, for a document just opened: its reading (when
 * it is large and its lines show an `actors:` list, the navigator lists that meanwhile) and then
 * the analysis of all its actors, or the analysis alone. The caller derives again after the paint.
 */
export type Deferral = 'read' | 'analysis' | undefined;

/**
 * Characters from which reading waits for a paint (about 650 lines; a 7,500-line file takes
 * ~280 ms to read in Chromium): a smaller text is read at once, with no "Reading" frame.
 */
export const readAfterPaintFrom = 20_000;

/** The outline of a text that is not read yet; the previous one while the text is the same. */
function unreadOutline(text: string, previous: DerivedStudio | undefined) {
  return previous?.inputs.text === text && previous.outline
    ? previous.outline
    : outlineActorsList(text);
}

/**
 * Derives the studio's view from its inputs. `previous` supplies the last good state while the
 * text does not parse (so a syntax error never blanks the form or the preview) and lets
 * unchanged inputs be reused; each of `stages` is absent until it has loaded.
 * `laterChecks` are problems from slower checks that run after typing pauses (the last ones found).
 * `deferral` leaves the reading or the analysis of a new document of several actors out (the
 * caller derives again soon): it lists its actors before reading it or running all their pipelines.
 */
export function deriveStudio(
  inputs: StudioInputs,
  previous: DerivedStudio | undefined,
  { read, analyze }: StudioStages,
  laterChecks: readonly Diagnostic[] = [],
  deferral: Deferral = undefined,
): DerivedStudio {
  const reused =
    previous?.parsed && previous.inputs.text === inputs.text ? previous.parsed : undefined;
  const readLater = deferral === 'read' && inputs.text.length >= readAfterPaintFrom;
  const outline = reused || (read && !readLater) ? undefined : unreadOutline(inputs.text, previous);
  const parsed = reused ?? (outline && readLater ? undefined : read?.(inputs.text));
  const formLocked = !parsed?.ok;
  const syntaxError = parsed?.diagnostics.find((d) => d.stage === 'yaml' && d.severity === 'error');
  // Unchanged parts keep their identity from the previous state, so their views need not update.
  const values =
    formLocked && previous ? previous.values : shareEqualParts(previous?.values, parsed?.values);
  const previousAnalysis = previous?.analysis && { ...previous.analysis, inputs: previous.inputs };
  // Never while the text is unread or broken: `deferredSplit` leaves a locked form alone.
  const early = deferral ? deferredSplit(values, inputs, formLocked, previous, analyze) : undefined;
  const analysis =
    parsed && !early
      ? analyze?.(values, formLocked ? undefined : parsed, inputs, previousAnalysis)
      : undefined;
  // Until the analysis stages load, the document is read as one actor's values, shown at once.
  const split = analysis
    ? releaseSplit(analysis.release, previous)
    : (early ?? singleActorSplit(values, inputs.profile));
  const diagnostics = sortDiagnostics(
    dedupeDiagnostics([
      ...(parsed?.diagnostics ?? []),
      ...(analysis?.diagnostics ?? []),
      ...(formLocked ? [] : laterChecks),
    ]),
  );
  return {
    inputs,
    parsed,
    values,
    formLocked,
    syntaxError,
    diagnostics,
    split,
    analysis,
    // Only a text not read has one.
    ...(outline ? { outline } : {}),
  };
}
