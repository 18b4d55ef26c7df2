/**
 * Each CLI command declares its own words, options and usage line (issue 5, "Layout": CLI); the option
 * table and the help text are built from those declarations.
 */
import { describe, expect, it } from 'vitest';
import { commands, globalOptions, optionTable, usageText } from '../../electron/cli/commands';
import { defineCommand, EXIT } from '../../electron/cli/env';

describe('CLI commands declare themselves', () => {
  it('no two commands answer to the same words', () => {
    const words = commands.map((c) => c.words.join(' '));
    expect(new Set(words).size).toBe(words.length);
  });

  it.each(commands.map((c) => [c.words.join(' '), c] as const))('%s: its usage line starts with its words and names each of its options', (_name, command) => {
    expect(command.usage.startsWith(command.words.join(' '))).toBe(true);
    for (const option of Object.keys(command.options)) expect(command.usage).toContain(`--${option}`);
    expect(usageText(commands)).toContain(`  ${command.usage}`);
  });

  it('the option table is the global options plus every declared one, each once', () => {
    const table = optionTable(commands);
    const declared = new Set([...Object.keys(globalOptions), ...commands.flatMap((c) => Object.keys(c.options))]);
    expect(Object.keys(table).sort()).toEqual([...declared].sort());
  });

  it('refuses two commands that give one option name two kinds', () => {
    const run = async () => EXIT.ok;
    const a = defineCommand({ words: ['a'], usage: 'a --out FILE', options: { out: { type: 'string' } }, creates: false, run });
    const b = defineCommand({ words: ['b'], usage: 'b --out', options: { out: { type: 'boolean' } }, creates: false, run });
    expect(() => optionTable([a, b])).toThrow(/--out is declared differently/);
  });
});
