// Geometry of the review report's bar charts: numbers and path data only; the SVG markup is in
// templates/review-report.html.hbs. One bar per published item, in item order, height in proportion to
// its rows (or share). A field may have a handful of items or thousands (228 airports, 4,000 hourly
// buckets), so above LABELLED_ITEMS only the first and last item are labelled; every bar keeps its
// tooltip. Above MAX_BARS, consecutive items share a bar.
import type { FieldQa, PublishedItem } from './review-document.js';
import { count, percent } from './review-format.js';

const WIDTH = 1000;
const LEFT = 64;
const RIGHT = 12;
const TOP = 14;
const PLOT_HEIGHT = 160;
/** Above this many items a label per bar would be unreadable. */
const LABELLED_ITEMS = 60;
/** Per-bar labels are cut to this many characters; the tooltip has the whole label. */
const LABEL_CHARS = 18;
/** Room under the axis for one line of first/last labels; rotated labels take what their length needs. */
const FLAT_LABELS_HEIGHT = 28;
/** Width of a character of the 11px label font, to size the room for rotated labels. */
const CHAR_WIDTH = 6.6;
/** Thousands of items leave a bar a fraction of a pixel wide, which renders as a pale haze: overlap them instead. */
const MIN_BAR_WIDTH = 1;
/** More items than this are drawn as this many bars of consecutive items (a field may publish a million). */
const MAX_BARS = 5000;

interface AxisLabel {
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly anchor: 'start' | 'end';
  readonly rotated: boolean;
}

interface Bar {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly tooltip: string;
}

/** The frame every chart shares: size, plot area, y ticks and x labels. */
interface Frame {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly baseline: number;
  readonly ticks: readonly { readonly y: number; readonly text: string }[];
  readonly labels: readonly AxisLabel[];
}

export interface DistributionChart extends Frame {
  readonly bars: readonly (Bar & { readonly isNull: boolean })[];
}

export interface ComparisonChart extends Frame {
  /** Released shares, as bars. */
  readonly bars: readonly Bar[];
  /** Generated shares, as a step line across the same slots (it reads for 3 items and for 4,000 alike). */
  readonly generated: string;
}

const round = (x: number) => Math.round(x * 100) / 100;

/** The largest of many numbers (spreading a million into Math.max overflows the stack), 0 for none. */
function largest(values: Iterable<number>): number {
  let max = 0;
  for (const v of values) if (v > max) max = v;
  return max;
}

/** Items to draw: each its own bar, or above MAX_BARS runs of consecutive items summed into one. */
function drawn(items: readonly PublishedItem[]): { label: string; rows: number; entities: number | null; isNull: boolean; tooltip: string }[] {
  const one = (item: PublishedItem) => ({ label: item.label, rows: item.rows, entities: item.entities, isNull: item.stat === 'null', tooltip: item.label });
  if (items.length <= MAX_BARS) return items.map(one);
  const size = Math.ceil(items.length / MAX_BARS);
  const runs = [];
  for (let start = 0; start < items.length; start += size) {
    const run = items.slice(start, start + size);
    const rows = run.reduce((a, item) => a + item.rows, 0);
    const tooltip = `items ${run[0]!.item}-${run.at(-1)!.item} (${run[0]!.label} to ${run.at(-1)!.label})`;
    // The axis labels the first bar by its first item and the last bar by its last.
    const label = start + size >= items.length ? run.at(-1)!.label : run[0]!.label;
    runs.push({ label, rows, entities: null, isNull: false, tooltip });
  }
  return runs;
}

function cut(label: string): string {
  const chars = Array.from(label);
  return chars.length > LABEL_CHARS ? `${chars.slice(0, LABEL_CHARS - 1).join('')}…` : label;
}

interface Layout {
  readonly frame: Frame;
  /** Left edge and width of each item's slot; bars sit inside with a gap when there are few. */
  readonly slots: readonly { readonly x: number; readonly width: number }[];
  readonly gap: number;
  /** Height of a value in the plot. */
  readonly scale: (value: number) => number;
}

function layout(labels: readonly string[], max: number, tick: (value: number) => string): Layout {
  const dense = labels.length > LABELLED_ITEMS;
  const right = WIDTH - RIGHT;
  const baseline = TOP + PLOT_HEIGHT;
  const slot = labels.length ? (right - LEFT) / labels.length : 0;
  const slots = labels.map((_, i) => ({ x: LEFT + i * slot, width: slot }));
  const axis: AxisLabel[] = dense
    ? [
        { x: LEFT, y: baseline + 16, text: labels[0]!, anchor: 'start', rotated: false },
        { x: right, y: baseline + 16, text: labels.at(-1)!, anchor: 'end', rotated: false },
      ]
    : labels.map((text, i) => ({ x: round(LEFT + (i + 0.5) * slot), y: baseline + 10, text: cut(text), anchor: 'end', rotated: true }));
  const longest = largest(axis.map((l) => Array.from(l.text).length));
  const fractions = max > 0 ? [0, 0.5, 1] : [0];
  return {
    frame: {
      width: WIDTH,
      height: baseline + (dense ? FLAT_LABELS_HEIGHT : Math.ceil(16 + longest * CHAR_WIDTH * Math.SQRT1_2)),
      left: LEFT,
      right,
      baseline,
      ticks: fractions.map((f) => ({ y: round(baseline - f * PLOT_HEIGHT), text: tick(f * max) })),
      labels: axis,
    },
    slots,
    gap: dense ? 0 : slot * 0.2,
    // A non-zero value gets at least a pixel, so its bar can be seen and hovered.
    scale: (value) => (max > 0 && value > 0 ? Math.max(1, (value / max) * PLOT_HEIGHT) : 0),
  };
}

function bar({ frame, slots, gap, scale }: Layout, i: number, value: number, tooltip: string): Bar {
  const height = scale(value);
  return { x: round(slots[i]!.x + gap / 2), y: round(frame.baseline - height), width: round(Math.max(MIN_BAR_WIDTH, slots[i]!.width - gap)), height: round(height), tooltip };
}

/** The published distribution of a field: rows per item, NULL marked. */
export function distributionChart(items: readonly PublishedItem[]): DistributionChart {
  const bars = drawn(items);
  const l = layout(
    bars.map((b) => b.label),
    largest(bars.map((b) => b.rows)),
    count,
  );
  return {
    ...l.frame,
    bars: bars.map((b, i) => ({
      ...bar(l, i, b.rows, `${b.tooltip}: ${count(b.rows)} rows${b.entities === null ? '' : `, ${count(b.entities)} people`}`),
      isNull: b.isNull,
    })),
  };
}

/** Released against generated shares of a field's items. */
export function comparisonChart(items: FieldQa['items']): ComparisonChart {
  const l = layout(
    items.map((item) => item.label),
    largest(items.flatMap((item) => [item.released, item.generated])),
    percent,
  );
  const steps = items.map((item, i) => {
    const { x, width } = l.slots[i]!;
    const y = round(l.frame.baseline - l.scale(item.generated));
    return `${i ? `V${y}` : `M${round(x)} ${y}`} H${round(x + width)}`;
  });
  return {
    ...l.frame,
    bars: items.map((item, i) => bar(l, i, item.released, `${item.label}: released ${percent(item.released)}, generated ${percent(item.generated)}`)),
    generated: steps.join(' '),
  };
}
