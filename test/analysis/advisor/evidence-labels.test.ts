import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { advise } from '../../../src/analysis/advisor/index.ts';
import { EVIDENCE_LABELS } from '../../../src/analysis/advisor/evidence-labels.ts';
import { evidenceText } from '../../../src/analysis/advisor/evidence-text.ts';
import { runBia } from '../../../src/analysis/bia/index.ts';
import { bundledScenarios } from '../../support/bundled.ts';

const labelled = new Set(Object.keys(EVIDENCE_LABELS));
const advisorDir = join(import.meta.dirname, '..', '..', '..', 'src', 'analysis', 'advisor');

/** The keys written in every `evidence: { ... }` literal of the advisor's rules. */
function keysInSources(): string[] {
  const keys: string[] = [];
  for (const file of readdirSync(advisorDir).filter((f) => f.endsWith('.ts'))) {
    const lines = readFileSync(join(advisorDir, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      const open = /^(\s*)evidence: \{(.*)$/.exec(line);
      if (!open) return;
      const [, indent = '', rest = ''] = open;
      // On one line: `evidence: { a: 1, b }`.
      if (rest.includes('}'))
        for (const k of rest.matchAll(/(?:^|[{,])\s*(\w+)\s*(?=[:,}])/g)) keys.push(k[1]!);
      else
        for (let j = i + 1; j < lines.length && !lines[j]!.startsWith(`${indent}}`); j++) {
          const key = new RegExp(`^${indent}  (\\w+)(?::|,|$)`).exec(lines[j]!);
          if (key) keys.push(key[1]!);
        }
    });
  }
  return [...new Set(keys)];
}

describe('EVIDENCE_LABELS: one map of words and units for every evidence key', () => {
  it('labels every key the advisor rules write (read from their sources)', () => {
    const keys = keysInSources();
    expect(keys.length).toBeGreaterThan(20);
    expect(keys.filter((k) => !labelled.has(k))).toEqual([]);
  });

  it('labels every key of every finding on the bundled scenarios, and says each in words', () => {
    for (const { id, scenario } of bundledScenarios()) {
      for (const f of advise(scenario, runBia(scenario))) {
        const keys = Object.keys(f.evidence);
        expect(
          keys.filter((k) => !labelled.has(k)),
          `${id} ${f.id}`,
        ).toEqual([]);
        for (const { label, value } of evidenceText(f, scenario)) {
          // No key spelt as code, no ISO time, no negative share.
          expect(label, `${id} ${f.id}`).not.toMatch(/[a-z][A-Z]/);
          expect(value, `${id} ${f.id}`).not.toMatch(/\d{4}-\d{2}-\d{2}|^-\d/);
        }
        for (const prose of [f.title, f.explanation])
          expect(prose, `${id} ${f.id}`).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
      }
    }
  }, 60_000);

  it('gives every label words (never a key in camelCase) and a unit the text knows', () => {
    for (const [key, [label, kind]] of Object.entries(EVIDENCE_LABELS)) {
      expect(label, key).not.toMatch(/[a-z][A-Z]/);
      expect([
        'text',
        'minutes',
        'tpm',
        'share',
        'headroom',
        'count',
        'components',
        'step',
        'time',
      ]).toContain(kind);
    }
  });
});
