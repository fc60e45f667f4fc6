import { describe, expect, it } from 'vitest';
import {
  schemaUrlOf,
  toJsonText,
  withSchemaComment,
} from '../../../src/scenario/document/index.ts';
import { BANK, lineDiff } from './helpers.ts';

const MODELINE = '# yaml-language-server: $schema=';

describe('withSchemaComment(text, url)', () => {
  it('adds the modeline as the first line of a file without one', () => {
    expect(withSchemaComment('schema: continuity-scenario/2\n')).toBe(
      `${MODELINE}scenario.schema.json\nschema: continuity-scenario/2\n`,
    );
    expect(withSchemaComment('# Bank\nname: x\n', './scenario.schema.json')).toBe(
      `${MODELINE}./scenario.schema.json\n# Bank\nname: x\n`,
    );
    expect(withSchemaComment('')).toBe(`${MODELINE}scenario.schema.json\n`);
  });

  it('leaves a file with the same modeline alone, and gives an existing one the new URL', () => {
    expect(withSchemaComment(BANK, '../public/scenario.schema.json')).toBe(BANK);
    expect(lineDiff(BANK, withSchemaComment(BANK))).toEqual({
      line: 1,
      removed: [`${MODELINE}../public/scenario.schema.json`],
      added: [`${MODELINE}scenario.schema.json`],
    });
  });

  it('never duplicates a modeline: one further down the leading comments moves to the top', () => {
    const text = `# Bank\n${MODELINE}old.json\nname: x\n`;
    expect(withSchemaComment(text, 'new.json')).toBe(`${MODELINE}new.json\n# Bank\nname: x\n`);
  });

  it('gives a JSON file a "$schema" key first instead (JSON has no comments)', () => {
    const json = '{\n  "name": "x"\n}\n';
    const out = withSchemaComment(json, 'scenario.schema.json');
    expect(Object.keys(JSON.parse(out) as object)).toEqual(['$schema', 'name']);
  });

  it('schemaUrlOf reads the URL of the modeline, or null', () => {
    expect(schemaUrlOf(BANK)).toBe('../public/scenario.schema.json');
    expect(schemaUrlOf('name: x\n')).toBeNull();
  });
});

describe('toJsonText(text, url)', () => {
  it('writes the data as pretty JSON with $schema first: the modeline URL, or the one given', () => {
    const json = JSON.parse(toJsonText(BANK)) as Record<string, unknown>;
    expect(Object.keys(json).slice(0, 3)).toEqual(['$schema', 'schema', 'name']);
    expect(json['$schema']).toBe('../public/scenario.schema.json');
    expect(json['start']).toBe('2026-01-05T00:00');
    const other = JSON.parse(toJsonText(BANK, 'scenario.schema.json')) as Record<string, unknown>;
    expect(other['$schema']).toBe('scenario.schema.json');
    expect(toJsonText('name: x\n')).toBe(
      '{\n  "$schema": "scenario.schema.json",\n  "name": "x"\n}\n',
    );
  });

  it('keeps an existing $schema key of a JSON file, once', () => {
    const json = toJsonText(toJsonText(BANK, 'a.json'));
    expect(json.match(/\$schema/g)).toHaveLength(1);
    expect(json).toContain('"$schema": "a.json"');
  });
});
