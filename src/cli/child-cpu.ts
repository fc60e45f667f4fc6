import { readFileSync } from 'node:fs';

/**
 * CPU seconds used so far by this process's finished children and theirs (user + system), from
 * /proc/self/stat (Linux; null elsewhere): it tells a busy machine from a slow command.
 */
export function childrenCpu(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // cutime and cstime, fields 16 and 17 of the whole line, in clock ticks (100 a second).
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}
