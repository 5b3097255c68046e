import { useAuditKey } from '../../src/app/audit/audit-key.js';

/** a fixed audit key, so tests can recompute (and forge, to prove verify catches it) chain hashes */
export const TEST_AUDIT_KEY = Buffer.alloc(32, 43);

/** every test file's process uses it, as a server or CLI command uses its data folder's key */
useAuditKey(TEST_AUDIT_KEY);
