/**
 * The dependency diagram in text: a Mermaid `flowchart` (Markdown has no drawing; GitHub,
 * GitLab and most Markdown tools draw the block) and the same as a plain list for any reader.
 * Node ids are generated (`n1`, `n2`...), labels are quoted, so no scenario id or name can
 * break the chart.
 */
import type { DependencyDiagram, DiagramPart } from './diagram.ts';

/** A Mermaid label: quoted, with the characters Mermaid reads escaped as entities. */
const label = (text: string): string =>
  `"${text.replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;')}"`;

export function mermaidFlowchart(d: DependencyDiagram): string {
  const lines = ['flowchart LR'];
  let next = 0;
  const ids = new Map<string, string>();
  const nodeOf = (id: string, name: string, indent: string, note = ''): string => {
    let node = ids.get(id);
    if (!node) {
      node = `n${++next}`;
      ids.set(id, node);
      lines.push(`${indent}${node}[${label(name + note)}]`);
    }
    return node;
  };
  const service = `s${++next}`;
  lines.push(`  ${service}([${label(d.service.name)}])`);
  /** Draws a part; returns the node or subgraph id an arrow points at. */
  const draw = (p: DiagramPart, indent: string, note = ''): string[] => {
    switch (p.kind) {
      case 'component':
        return [nodeOf(p.id, p.name, indent, note)];
      case 'series':
        return p.of.flatMap((x) => draw(x, indent));
      case 'group':
      case 'standby': {
        const group = `g${++next}`;
        const title =
          p.kind === 'group'
            ? `at least ${p.atLeast} of ${p.of.length}`
            : `standby pair, switch-over ${p.switchover}`;
        lines.push(`${indent}subgraph ${group}[${label(title)}]`);
        if (p.kind === 'group') p.of.forEach((x) => draw(x, `${indent}  `));
        else {
          draw(p.active, `${indent}  `, ' (active)');
          draw(p.standby, `${indent}  `, ' (standby)');
        }
        lines.push(`${indent}end`);
        return [group];
      }
    }
  };
  for (const target of draw(d.requires, '  ')) lines.push(`  ${service} --> ${target}`);
  for (const c of d.dependsOn) {
    const from = nodeOf(c.id, c.name, '  ');
    for (const on of c.on) lines.push(`  ${from} -->|depends on| ${nodeOf(on.id, on.name, '  ')}`);
  }
  return lines.join('\n');
}

/** The diagram as nested list lines (two spaces per level), without list markers' indentation. */
export function diagramList(d: DependencyDiagram): { depth: number; text: string }[] {
  const out: { depth: number; text: string }[] = [];
  const walk = (p: DiagramPart, depth: number): void => {
    switch (p.kind) {
      case 'component':
        out.push({ depth, text: p.name });
        return;
      case 'series':
        out.push({ depth, text: 'all of:' });
        p.of.forEach((x) => walk(x, depth + 1));
        return;
      case 'group':
        out.push({ depth, text: `at least ${p.atLeast} of:` });
        p.of.forEach((x) => walk(x, depth + 1));
        return;
      case 'standby':
        out.push({
          depth,
          text: `a standby pair (switch-over ${p.switchover}; after a repair the ${p.failback === 'stay' ? 'standby stays active' : 'group switches back'}):`,
        });
        noted(p.active, depth + 1, 'active');
        noted(p.standby, depth + 1, 'standby');
    }
  };
  const noted = (p: DiagramPart, depth: number, role: string): void => {
    if (p.kind === 'component') out.push({ depth, text: `${p.name} (${role})` });
    else {
      out.push({ depth, text: `${role}:` });
      walk(p, depth + 1);
    }
  };
  out.push({ depth: 0, text: `${d.service.name} needs` });
  walk(d.requires, 1);
  for (const c of d.dependsOn)
    out.push({ depth: 0, text: `${c.name} depends on ${c.on.map((o) => o.name).join(', ')}` });
  return out;
}
