import { useId, useMemo } from 'react';
import { burstPreset } from '@/core/autoscaling/index.ts';
import { readScenario } from '@/core/scaling-lab-view/index.ts';
import { Button } from '@/ui/components/button.tsx';
import { updateLab, useLab } from './lab-store.ts';
import { ScenarioEditor } from './scenario-editor.tsx';
import { cancelSimulation, runSimulation } from './simulation-runner.ts';
import { TimelineResults } from './timeline-results.tsx';
import { burstPresetModel, useTimelineModel } from './use-lab-model.ts';
import { useScenario } from './use-scenario.ts';

/** Scaling over time: the scenario, Run/Cancel with progress, and the last run's results. */
export function TimelineSection() {
  const headingId = useId();
  const [scenario, setScenario] = useScenario();
  const source = useLab((s) => s.modelSource);
  const run = useLab((s) => s.run);
  const model = useTimelineModel(source);
  const read = useMemo(() => readScenario(scenario), [scenario]);
  const running = run.status === 'running';

  const start = () => {
    if (read.ok) runSimulation(model, read.scenario, source, scenario);
  };
  const loadBurstPreset = () => {
    setScenario(burstPreset.scenario);
    updateLab({ modelSource: 'burst-preset' });
    // The preset runs with its own values (queueLength 5, max 50), not the document's.
    runSimulation(burstPresetModel, burstPreset.scenario, 'burst-preset', burstPreset.scenario);
  };

  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <h3 id={headingId} className="text-sm font-semibold">
        Scaling over time
      </h3>
      <p className="text-xs text-slate-600 dark:text-slate-300">
        KEDA polls every {model.pollingInterval} s and the HPA syncs every {model.hpaSyncPeriod} s
        on their own clocks, with the operator&apos;s fixed scale-up and scale-down behaviour.{' '}
        {source === 'burst-preset' ? (
          <>
            Values: the burst preset&apos;s ({burstPreset.name}).{' '}
            <Button
              variant="ghost"
              className="px-1 py-0 text-xs underline"
              onClick={() => updateLab({ modelSource: 'document' })}
            >
              Use my values
            </Button>
          </>
        ) : (
          'Values: your document.'
        )}
      </p>
      <ScenarioEditor
        scenario={scenario}
        onScenario={setScenario}
        problems={read.ok ? [] : read.problems}
      />
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="primary" disabled={!read.ok || running} onClick={start}>
          Run simulation
        </Button>
        <Button disabled={!running} onClick={cancelSimulation}>
          Cancel
        </Button>
        <Button onClick={loadBurstPreset}>Burst preset</Button>
        {running && (
          <progress
            aria-label="Simulation progress"
            value={run.fraction}
            max={1}
            className="h-2 w-40"
          />
        )}
        <span role="status" className="text-xs text-slate-600 dark:text-slate-300">
          {run.status === 'running'
            ? `Simulating… ${Math.round(run.fraction * 100)}%`
            : run.status === 'cancelled'
              ? 'Cancelled.'
              : run.status === 'error'
                ? `The simulation failed: ${run.message}`
                : run.status === 'done'
                  ? 'Done.'
                  : ''}
        </span>
      </div>
      {run.status === 'done' && (run.scenario !== scenario || run.source !== source) && (
        <p className="text-xs text-amber-800 dark:text-amber-300">
          The scenario or the values source changed since this run: press Run simulation to update
          the results.
        </p>
      )}
      {run.status === 'done' && (
        <TimelineResults key={run.id} result={run.result} source={run.source} />
      )}
    </section>
  );
}
