import { css } from 'lit';

/**
 * The year view's marks differ in shape as well as colour: a public holiday is filled, a
 * part-day one underlined with a bar, an exception that closes is striped, one with other hours is
 * outlined (dashed), a day closed every week is greyed; days outside the run are faded.
 */
export const yearViewStyles = css`
  :host {
    display: block;
    --yv-holiday: var(--cs-accent);
    --yv-on-holiday: var(--cs-on-accent);
    --yv-exception: #e69f00;
    --yv-exception-light: #f7d99a;
    --yv-weekly: color-mix(in srgb, var(--cs-muted) 15%, transparent);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem 1rem;
    align-items: center;
  }
  .summary,
  .muted,
  .focused {
    color: var(--cs-muted);
    font-size: 0.85rem;
  }
  .focused {
    min-height: 1.2rem;
    margin: 0.3rem 0;
  }
  ul.legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2rem 1rem;
    list-style: none;
    padding: 0;
    margin: 0.5rem 0;
    font-size: 0.8rem;
    color: var(--cs-muted);
  }
  ul.legend li,
  ul.marked li {
    display: flex;
    align-items: center;
    gap: 0.35rem;
  }
  .swatch {
    display: inline-block;
    flex: none;
    width: 0.9rem;
    height: 0.9rem;
    border-radius: 3px;
    box-sizing: border-box;
    border: 1px solid var(--cs-border);
  }
  .months {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(11.5rem, 1fr));
    gap: 0.6rem 1rem;
  }
  table.month {
    border-collapse: collapse;
    font-size: 0.75rem;
    width: 100%;
    table-layout: fixed;
  }
  caption {
    text-align: left;
    font-weight: 600;
    font-size: 0.8rem;
    padding-bottom: 0.15rem;
  }
  th {
    color: var(--cs-muted);
    font-weight: 500;
    padding: 0;
    text-align: center;
  }
  td {
    padding: 1px;
    text-align: center;
  }
  .d {
    display: block;
    line-height: 1.35rem;
    border-radius: 4px;
    border: 1px solid transparent;
    font-variant-numeric: tabular-nums;
  }
  .d[tabindex]:focus-visible {
    outline: 2px solid var(--cs-text);
    outline-offset: 1px;
  }
  .weekly .d,
  .swatch.weekly {
    background: var(--yv-weekly);
    color: var(--cs-muted);
  }
  .holiday .d,
  .swatch.holiday {
    background: var(--yv-holiday);
    border-color: var(--yv-holiday);
    color: var(--yv-on-holiday);
    font-weight: 700;
  }
  .holiday-part .d,
  .swatch.holiday-part {
    background: linear-gradient(to top, var(--yv-holiday) 0 28%, transparent 28%);
    border-color: var(--yv-holiday);
    font-weight: 700;
  }
  .closed .d,
  .swatch.closed {
    background: repeating-linear-gradient(
      135deg,
      var(--yv-exception) 0 3px,
      var(--yv-exception-light) 3px 6px
    );
    border-color: var(--yv-exception);
    color: #000;
    font-weight: 700;
  }
  .hours .d,
  .swatch.hours {
    border: 2px dashed var(--yv-exception);
    font-weight: 700;
  }
  /* days outside the run: plain muted text in a dotted box (faded, yet readable) */
  .outside .d {
    background: none;
    color: var(--cs-muted);
    border: 1px dotted var(--cs-muted);
    font-weight: 400;
  }
  li.outside {
    color: var(--cs-muted);
  }
  .swatch.outside {
    border: 1px dotted var(--cs-muted);
  }
  details {
    margin-top: 0.3rem;
  }
  summary {
    cursor: pointer;
    font-size: 0.85rem;
  }
  ul.marked {
    list-style: none;
    padding: 0;
    margin: 0.3rem 0 0;
    font-size: 0.82rem;
    columns: 2 22rem;
    column-gap: 1.5rem;
  }
  ul.marked li {
    break-inside: avoid;
    padding: 0.1rem 0;
  }
`;
