export * from './units.js';
export * from './goal-book.js';
export * from './audit.js';
export * from './auth.js';
export * from './review.js';
export * from './spending.js';
export * from './indicator-tracking.js';
export * from './evaluation.js';
