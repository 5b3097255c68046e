import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('loadConfig', () => {
  it('has defaults', () => {
    const config = loadConfig({} as NodeJS.ProcessEnv);
    expect(config).toMatchObject({ PORT: 3000, JIXIAO_SESSION_IDLE_MINUTES: 30, JIXIAO_SECURE_COOKIES: false });
    expect(config.dataDir).toMatch(/data$/);
  });

  it('stops with a list of everything that is wrong', () => {
    const attempt = () => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', JIXIAO_DATA_KEY: 'short' } as NodeJS.ProcessEnv);
    expect(attempt).toThrow(/PORT: must be a port number/);
    expect(attempt).toThrow(/DATABASE_URL: must start with postgres/);
    expect(attempt).toThrow(/JIXIAO_DATA_KEY: must be 32 bytes/);
  });
});
