/**
 * Where a goal-book revision came from, written once: the table's column, the repository, the API's
 * contract and the web's labels all take this list.
 */
export const REVISION_SOURCES = ['import', 'edit', 'review-fix', 'restore', 'undo'] as const;
export type TRevisionSource = (typeof REVISION_SOURCES)[number];
