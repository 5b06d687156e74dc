// Small-number suppression rules named after the bodies that publish them.
// A count is published only if its raw value is >= threshold; it is then rounded to the nearest round_to.

export interface Policy {
  /** Smallest raw count that may be published. */
  readonly threshold: number;
  /** Rounding base for published counts (1 = none). */
  readonly roundTo: number;
}

export const PRESETS = {
  /** NHS Digital HES/ECDS disclosure control since September 2018: 1-7 suppressed, all others to the nearest 5. */
  'nhs-hes': { threshold: 8, roundTo: 5 },
  /** NHS Digital's Artificial Data Generator metadata: raw count < 5 dropped, rounded to 5. */
  'nhs-adg': { threshold: 5, roundTo: 5 },
  /** OpenSAFELY output checking: counts <= 7 redacted, then rounded to the nearest 5. */
  opensafely: { threshold: 8, roundTo: 5 },
  /** CMS / ResDAC cell size rule: no cell of 1-10 (counts < 11 suppressed), no rounding. */
  cms: { threshold: 11, roundTo: 1 },
} as const satisfies Record<string, Policy>;

export type PresetName = keyof typeof PRESETS;
export const PRESET_NAMES = Object.keys(PRESETS) as [PresetName, ...PresetName[]];
export const DEFAULT_PRESET: PresetName = 'nhs-hes';

/** What suppression does to one raw count: undefined when dropped, else the published value. */
export function publishedCount(raw: number, policy: Policy): number | undefined {
  if (raw < policy.threshold) return undefined;
  // floor((2 * raw + base) / (2 * base)) * base: round half up in integer arithmetic, as the SQL does.
  const rounded = Math.floor((2 * raw + policy.roundTo) / (2 * policy.roundTo)) * policy.roundTo;
  return rounded >= policy.threshold ? rounded : undefined;
}
