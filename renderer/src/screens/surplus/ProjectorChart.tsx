/**
 * The waterfall as the room sees it: one horizontal bar per step, each hanging from what was left before
 * it (an invisible bar carries it across), its amount written at its end, in type sized for a projector.
 */
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { SurplusProjection } from '../../../../shared/contract/surplus';
import type { MoneyView } from '../../components/use-coop-money';
import { useDestinationName } from './Waterfall';

/** The chart's type: a projector is read from metres away; Recharts takes pixels, so it follows the window's height. */
const subscribeToResize = (changed: () => void) => {
  window.addEventListener('resize', changed);
  return () => window.removeEventListener('resize', changed);
};
const useTypeSize = () => useSyncExternalStore(subscribeToResize, () => Math.max(14, Math.round(window.innerHeight * 0.024)));

/** A step's name on as many lines as it needs within the axis (Recharts' own wrapping measures too little at projector sizes). */
export function labelLines(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function StepTick({ x, y, payload, size }: { x?: number; y?: number; payload?: { value: string }; size: number }) {
  const lines = labelLines(payload?.value ?? '', Math.floor(14 / 0.56));
  return (
    <text x={x} y={y} textAnchor="end" fill="#fff" fontSize={size} dominantBaseline="middle">
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? -((lines.length - 1) * size * 1.1) / 2 : size * 1.1}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

export function ProjectorChart({ projection, money }: { projection: SurplusProjection; money: MoneyView }) {
  const { t } = useTranslation('surplus');
  const stepName = useDestinationName();
  const size = useTypeSize();
  let left = projection.check.resultMinor;
  const bars = [{ name: t('steps.result'), lift: Math.min(0, left), amount: Math.abs(left), shown: left }];
  for (const step of projection.steps.filter((s) => !s.subtotal)) {
    left -= step.amountMinor;
    bars.push({ name: stepName(step), lift: Math.min(left, left + step.amountMinor), amount: Math.abs(step.amountMinor), shown: step.amountMinor });
  }
  return (
    <div role="img" aria-label={t('projector.chartSummary', { result: money.format(projection.check.resultMinor), count: bars.length - 1 })} className="surplus-projector__chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={bars} layout="vertical" accessibilityLayer={false} margin={{ top: 0, right: size * 9, bottom: 0, left: 0 }}>
          <XAxis type="number" hide domain={[Math.min(0, ...bars.map((b) => b.lift)), 'dataMax']} />
          <YAxis type="category" dataKey="name" width={size * 15} tick={<StepTick size={size} />} interval={0} tickLine={false} axisLine={{ stroke: '#888' }} />
          <Bar dataKey="lift" stackId="w" fill="transparent" isAnimationActive={false} />
          <Bar dataKey="amount" stackId="w" isAnimationActive={false}>
            {bars.map((bar, i) => (
              <Cell key={i} fill={i === 0 ? '#ffffff' : bar.shown < 0 ? '#ff8a80' : '#ffd166'} />
            ))}
            <LabelList dataKey="shown" position="right" fill="#fff" fontSize={size} formatter={(v: unknown) => money.plain(Number(v))} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
