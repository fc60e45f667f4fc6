import { css } from 'lit';

export const calendarSectionStyles = css`
  .description {
    flex: 1 1 100%;
  }
  textarea {
    min-height: 4.2rem;
  }
  input[type='datetime-local'] {
    width: 13.5rem;
  }
  .weekday {
    color: var(--cs-muted);
    font-size: 0.8rem;
  }
  table.week {
    width: auto;
    min-width: 22rem;
  }
  table.week :is(th, td) {
    vertical-align: middle;
  }
  table.week th[scope='row'] {
    color: var(--cs-text);
    font-weight: 500;
    padding-right: 1rem;
  }
  table.week td:nth-child(2),
  table.exceptions td:nth-child(3) {
    text-align: center;
  }
  input.hours {
    width: 14rem;
  }
  table.exceptions td {
    padding: 0.2rem 0.3rem;
  }
  table.exceptions td:nth-child(5) {
    width: 35%;
  }
  tr.row-issues td {
    border-bottom: 1px solid var(--cs-border);
  }
  tr:has(+ tr.row-issues) td {
    border-bottom: none;
  }
  button.add {
    margin-top: 0.5rem;
  }
  .field.holidays input {
    width: 22rem;
    max-width: 100%;
  }
  .field.holidays p.muted {
    margin: 0.1rem 0 0;
    max-width: 40rem;
  }
  ul.sets {
    list-style: none;
    margin: 0.2rem 0 0;
    padding: 0;
    font-size: 0.85rem;
  }
`;
