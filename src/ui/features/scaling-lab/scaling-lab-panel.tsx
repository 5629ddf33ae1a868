import { FormulaSection } from './formula-section.tsx';
import { SweepSection } from './sweep-section.tsx';
import { TimelineSection } from './timeline-section.tsx';

/**
 * The scaling lab: what KEDA and the HPA make of the values before production. Formula checks,
 * desired replicas across queue lengths, and a second-by-second simulation of a scenario.
 */
export function ScalingLabPanel() {
  return (
    <div
      aria-label="Scaling lab"
      role="region"
      className="space-y-5 p-3 text-slate-900 dark:text-slate-100"
    >
      <FormulaSection />
      <SweepSection />
      <TimelineSection />
    </div>
  );
}
