import { Tooltip } from 'antd';
import type { ReactNode } from 'react';
import type { GridLayout, PlacedCell } from '../../../src/documents/export/layout';
import './goal-table.css';

export interface CellMark {
  severity: 'error' | 'warning' | 'suggestion';
  text: ReactNode;
}

/**
 * A 绩效目标表 exactly as the paper form (and the .xlsx/.docx exports) lays it out: the grid comes
 * from the same layout code the exporters use. Cells can carry review marks and be clicked to edit.
 */
export function GoalTable({
  grid,
  marks,
  onCellClick,
  rowActions,
  focus,
}: {
  grid: GridLayout;
  /** marks by "indicatorIndex:field" or "field" for project cells */
  marks?: Map<string, CellMark[]>;
  onCellClick?: (cell: PlacedCell) => void;
  /** extra content at the end of indicator rows (edit buttons) */
  rowActions?: (indicatorIndex: number) => ReactNode;
  /** a cell to scroll to and highlight, by the same key as marks ("2:target" or "budget") */
  focus?: string | null;
}) {
  const rows: PlacedCell[][] = Array.from({ length: grid.height }, () => []);
  for (const cell of grid.cells) rows[cell.row]!.push(cell);
  const totalWidth = grid.columnWidths.reduce((a, b) => a + b, 0);
  const hasActions = rowActions !== undefined;
  return (
    <div className="goal-table-wrap">
      <table className="goal-table" aria-label={grid.title}>
        <colgroup>
          {grid.columnWidths.map((w, i) => (
            <col key={i} style={{ width: `${(w / totalWidth) * 100}%` }} />
          ))}
          {hasActions && <col style={{ width: 92 }} />}
        </colgroup>
        <tbody>
          {rows.map((cells, r) => {
            const indicatorIndex = cells.find((c) => c.ref?.indicatorIndex !== undefined)?.ref?.indicatorIndex;
            return (
              <tr key={r} data-indicator={indicatorIndex}>
                {cells.map((cell) => {
                  const key = cell.ref ? (cell.ref.indicatorIndex !== undefined ? `${cell.ref.indicatorIndex}:${cell.ref.field}` : cell.ref.field) : undefined;
                  const cellMarks = key ? marks?.get(key) : undefined;
                  const worst = cellMarks?.some((m) => m.severity === 'error') ? 'error' : cellMarks?.some((m) => m.severity === 'warning') ? 'warning' : cellMarks ? 'suggestion' : undefined;
                  const content = cell.text.split('\n').map((line, i) => (
                    <div key={i} className="goal-table-line">
                      {line || '\u00a0'}
                    </div>
                  ));
                  return (
                    <td
                      key={`${cell.row}:${cell.col}`}
                      ref={key !== undefined && key === focus ? (el) => el?.scrollIntoView({ block: 'center' }) : undefined}
                      data-focused={key !== undefined && key === focus ? 'true' : undefined}
                      rowSpan={cell.rowSpan}
                      colSpan={cell.colSpan}
                      className={`role-${cell.role}${worst ? ` mark-${worst}` : ''}${onCellClick && cell.ref ? ' clickable' : ''}`}
                      onClick={onCellClick && cell.ref ? () => onCellClick(cell) : undefined}
                    >
                      {cellMarks ? (
                        <Tooltip title={<div>{cellMarks.map((m, i) => <div key={i}>{m.text}</div>)}</div>}>
                          <div>{content}</div>
                        </Tooltip>
                      ) : (
                        content
                      )}
                    </td>
                  );
                })}
                {hasActions && (r === 0 ? <td rowSpan={1} className="actions-cell" /> : <td className="actions-cell">{indicatorIndex !== undefined ? rowActions(indicatorIndex) : null}</td>)}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
