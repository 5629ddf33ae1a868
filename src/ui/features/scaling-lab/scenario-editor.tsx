import { useId, useRef, useState } from 'react';
import { parseArrivalCsv, type ScenarioInput } from '@/core/autoscaling/index.ts';
import {
  arrivalKinds,
  arrivalsOfKind,
  stepsToText,
  type ArrivalKind,
} from '@/core/scaling-lab-view/index.ts';
import { readValuesFile } from '@/io/read-file.ts';
import { Button } from '@/ui/components/button.tsx';
import { NumberField } from './number-field.tsx';

type Arrivals = ScenarioInput['arrivals'];

/** Steps typed as `seconds,rate` lines; the box keeps its text while a line is half-typed. */
function StepsField({
  steps,
  onSteps,
}: {
  steps: { atSeconds: number; ratePerSecond: number }[];
  onSteps: (steps: { atSeconds: number; ratePerSecond: number }[]) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState(stepsToText(steps));
  const [problem, setProblem] = useState<string | null>(null);
  const [own, setOwn] = useState(steps);
  // Steps set from outside (another kind, a restored scenario) replace the text; our own edits do not.
  if (steps !== own) {
    setOwn(steps);
    setDraft(stepsToText(steps));
    setProblem(null);
  }
  return (
    <div className="col-span-2">
      <label htmlFor={id} className="block text-xs font-medium">
        Steps: one &quot;seconds,rate per second&quot; per line
      </label>
      <textarea
        id={id}
        rows={4}
        value={draft}
        spellCheck={false}
        aria-invalid={problem !== null || undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(e) => {
          const text = e.currentTarget.value;
          setDraft(text);
          const parsed = parseArrivalCsv(text);
          if (!parsed.ok || parsed.arrivals.kind !== 'trace') {
            setProblem(parsed.ok ? 'expected steps' : parsed.message);
            return;
          }
          setProblem(null);
          setOwn(parsed.arrivals.points);
          onSteps(parsed.arrivals.points);
        }}
        className="w-full rounded-md border border-slate-300 bg-white p-1 font-mono text-xs dark:border-slate-600 dark:bg-slate-800"
      />
      {problem && (
        <p id={`${id}-problem`} className="text-xs text-red-700 dark:text-red-400">
          {problem}
        </p>
      )}
    </div>
  );
}

function TraceField({
  arrivals,
  onArrivals,
}: {
  arrivals: Extract<Arrivals, { kind: 'trace' }>;
  onArrivals: (arrivals: Arrivals) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<string | null>(null);
  const loadTrace = async (file: File) => {
    const read = await readValuesFile(file);
    if (!read.ok) {
      setMessage(read.message);
      return;
    }
    const parsed = parseArrivalCsv(read.text);
    if (!parsed.ok) setMessage(`${file.name}: ${parsed.message}`);
    else {
      setMessage(
        `${file.name}: ${parsed.arrivals.kind === 'trace' ? parsed.arrivals.points.length : 0} points`,
      );
      onArrivals(parsed.arrivals);
    }
  };
  const points = arrivals.points;
  const last = points[points.length - 1];
  return (
    <div className="col-span-2 space-y-1 text-xs">
      <Button className="text-xs" onClick={() => input.current?.click()}>
        Upload CSV trace
      </Button>
      <input
        ref={input}
        type="file"
        accept=".csv,.txt,text/csv"
        aria-label="Upload CSV trace"
        className="sr-only"
        tabIndex={-1}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void loadTrace(file);
        }}
      />
      <p className="text-slate-600 dark:text-slate-300">
        Lines of &quot;seconds,rate per second&quot;; the rate holds until the next line. Current
        trace: {points.length} point{points.length === 1 ? '' : 's'}
        {last ? `, last at ${last.atSeconds} s` : ''}.
      </p>
      {message && <p role="status">{message}</p>}
    </div>
  );
}

function ArrivalFields({
  arrivals,
  onArrivals,
}: {
  arrivals: Arrivals;
  onArrivals: (arrivals: Arrivals) => void;
}) {
  switch (arrivals.kind) {
    case 'constant':
      return (
        <NumberField
          label="Rate"
          unit="messages/s"
          value={arrivals.ratePerSecond}
          min={0}
          max={1_000_000}
          onValue={(ratePerSecond) => onArrivals({ ...arrivals, ratePerSecond })}
        />
      );
    case 'burst':
      return (
        <>
          <NumberField
            label="Burst at"
            unit="s"
            value={arrivals.atSeconds}
            min={0}
            onValue={(atSeconds) => onArrivals({ ...arrivals, atSeconds })}
          />
          <NumberField
            label="Burst size"
            unit="messages"
            value={arrivals.messages}
            min={0}
            integer
            onValue={(messages) => onArrivals({ ...arrivals, messages })}
          />
          <NumberField
            label="Base rate"
            unit="messages/s"
            value={arrivals.baseRatePerSecond ?? 0}
            min={0}
            onValue={(baseRatePerSecond) => onArrivals({ ...arrivals, baseRatePerSecond })}
          />
        </>
      );
    case 'sine':
      return (
        <>
          <NumberField
            label="Mean rate"
            unit="messages/s"
            value={arrivals.meanPerSecond}
            min={0}
            onValue={(meanPerSecond) => onArrivals({ ...arrivals, meanPerSecond })}
          />
          <NumberField
            label="Amplitude"
            unit="messages/s"
            value={arrivals.amplitudePerSecond}
            min={0}
            onValue={(amplitudePerSecond) => onArrivals({ ...arrivals, amplitudePerSecond })}
          />
          <NumberField
            label="Period"
            unit="s"
            value={arrivals.periodSeconds}
            min={1}
            onValue={(periodSeconds) => onArrivals({ ...arrivals, periodSeconds })}
          />
        </>
      );
    case 'steps':
      return (
        <StepsField
          steps={arrivals.steps}
          onSteps={(steps) => onArrivals({ kind: 'steps', steps })}
        />
      );
    case 'trace':
      return <TraceField arrivals={arrivals} onArrivals={onArrivals} />;
  }
}

/** The scenario: traffic shape, work per message, start-up, backlog and length of the run. */
export function ScenarioEditor({
  scenario,
  onScenario,
  problems,
}: {
  scenario: ScenarioInput;
  onScenario: (scenario: ScenarioInput) => void;
  problems: readonly { path: string; message: string }[];
}) {
  const kindId = useId();
  const set = (patch: Partial<ScenarioInput>) => onScenario({ ...scenario, ...patch });
  return (
    <fieldset className="space-y-2 rounded-md border border-slate-200 p-2 dark:border-slate-700">
      <legend className="px-1 text-xs font-semibold">Scenario</legend>
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-3">
        <div>
          <label htmlFor={kindId} className="block text-xs font-medium">
            Message arrivals
          </label>
          <select
            id={kindId}
            value={scenario.arrivals.kind}
            onChange={(e) =>
              set({
                arrivals: arrivalsOfKind(e.currentTarget.value as ArrivalKind, scenario.arrivals),
              })
            }
            className="w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-800"
          >
            {arrivalKinds.map((k) => (
              <option key={k.kind} value={k.kind}>
                {k.label}
              </option>
            ))}
          </select>
        </div>
        <ArrivalFields arrivals={scenario.arrivals} onArrivals={(arrivals) => set({ arrivals })} />
      </div>
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-3">
        <NumberField
          label="Processing time per message per pod"
          unit="s"
          value={scenario.processingSecondsPerMessage}
          min={0.001}
          max={86_400}
          onValue={(processingSecondsPerMessage) => set({ processingSecondsPerMessage })}
        />
        <NumberField
          label="Pod start-up delay"
          unit="s"
          value={scenario.podStartupSeconds ?? 10}
          min={0}
          max={3600}
          onValue={(podStartupSeconds) => set({ podStartupSeconds })}
        />
        <NumberField
          label="Initial backlog"
          unit="messages"
          value={scenario.initialBacklog ?? 0}
          min={0}
          integer
          onValue={(initialBacklog) => set({ initialBacklog })}
        />
        <NumberField
          label="Duration"
          unit="s"
          value={scenario.durationSeconds}
          min={1}
          max={7 * 24 * 3600}
          integer
          onValue={(durationSeconds) => set({ durationSeconds })}
        />
        <NumberField
          label="Initial replicas"
          value={scenario.initialReplicas ?? 0}
          min={0}
          max={10_000}
          integer
          onValue={(initialReplicas) => set({ initialReplicas })}
        />
      </div>
      {problems.length > 0 && (
        <ul
          aria-label="Scenario problems"
          className="list-disc pl-5 text-xs text-red-700 dark:text-red-400"
        >
          {problems.map((p) => (
            <li key={`${p.path}:${p.message}`}>
              {p.path}: {p.message}
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
