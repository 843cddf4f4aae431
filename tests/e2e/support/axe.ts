import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Tab } from './browser';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export type AxeImpact = 'minor' | 'moderate' | 'serious' | 'critical';

export interface AxeViolation {
  id: string;
  impact: AxeImpact | null;
  help: string;
  /** CSS paths of the failing elements. */
  targets: string[];
}

export interface AxeCheckOptions {
  /** axe rule tags; WCAG 2 A and AA by default. */
  tags?: string[];
  /** Rule ids to leave out. */
  disableRules?: string[];
}

/**
 * Runs axe-core in the tab's document and lists what it finds. axe is injected once per document; the evaluation goes
 * through the automation protocol, which the extension pages' Content-Security-Policy does not restrict.
 */
export async function axeViolations(tab: Tab, options: AxeCheckOptions = {}): Promise<AxeViolation[]> {
  if (!(await tab.evaluate<boolean>('typeof window.axe === "object"'))) await tab.evaluate(AXE_SOURCE);
  const runOptions = {
    runOnly: options.tags ?? ['wcag2a', 'wcag2aa'],
    rules: Object.fromEntries((options.disableRules ?? []).map((id) => [id, { enabled: false }])),
  };
  return tab.evaluate<AxeViolation[]>(`axe.run(document, ${JSON.stringify(runOptions)}).then((results) =>
    results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    })))`);
}

/** The serious and critical violations, one readable line each, so that a failing assertion says what is wrong. */
export async function seriousAxeViolations(tab: Tab, options?: AxeCheckOptions): Promise<string[]> {
  const violations = await axeViolations(tab, options);
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.impact} ${violation.id}: ${violation.help} (${violation.targets.join(', ')})`);
}
