import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The import boundaries of eslint.config.js, proven on fixture text: each line is linted as if it were
 * a file in the folder named, with the repository's own configuration (the type-aware rules are
 * switched off: the fixtures are not part of any tsconfig).
 */
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false, project: null } },
    rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-unused-vars': 'off' },
  },
});

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

describe('import boundaries', () => {
  it.each([
    ['a route importing a repository', 'src/api/routes/fixture.ts', "import { listUnits } from '../../repositories/goal-book.repository.js';\nexport const x = listUnits;"],
    ['a route importing drizzle', 'src/api/routes/fixture.ts', "import { sql } from 'drizzle-orm';\nexport const x = sql;"],
    ['core importing node:fs', 'src/core/fixture.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;"],
    ['core importing fastify', 'src/core/fixture.ts', "import Fastify from 'fastify';\nexport const x = Fastify;"],
    ['core importing the database', 'src/core/fixture.ts', "import type { Db } from '../db/client.js';\nexport type X = Db;"],
    ['core importing the API', 'src/core/scoring/fixture.ts', "import type { FastifyApp } from '../../api/app.js';\nexport type X = FastifyApp;"],
    ['a use-case importing drizzle', 'src/app/goal-book/fixture.ts', "import { eq } from 'drizzle-orm';\nexport const x = eq;"],
    ['the web importing a repository', 'web/src/pages/fixture.tsx', "import { listUnits } from '../../../src/repositories/goal-book.repository';\nexport const x = listUnits;"],
    ['the web importing a use-case', 'web/src/pages/users/fixture.ts', "import { createUser } from '../../../../src/app/auth/create-user';\nexport const x = createUser;"],
  ])('refuses %s', async (_, file, code) => {
    expect((await problems(file, code)).filter((m) => m.startsWith('no-restricted-imports'))).toHaveLength(1);
  });

  it.each([
    [
      'a route importing a use-case and the contract',
      'src/api/routes/fixture.ts',
      "import { listUnitsWithYears } from '../../app/units/list-units.js';\nimport { ZUnitListItem } from '../../contract/api/units-api.js';\nexport const x = [listUnitsWithYears, ZUnitListItem];",
    ],
    ['a repository importing drizzle', 'src/repositories/fixture.ts', "import { sql } from 'drizzle-orm';\nexport const x = sql;"],
    ['core importing the contract', 'src/core/fixture.ts', "import type { TGoalBook } from '../contract/goal-book.js';\nexport type X = TGoalBook;"],
    ['core importing the API contract', 'src/core/scoring/fixture.ts', "import type { TEvaluation } from '../../contract/api/evaluation-api.js';\nexport type X = TEvaluation;"],
    [
      'the web importing contract and core',
      'web/src/pages/users/fixture.ts',
      "import { ROLES } from '../../../../src/core/access/permissions';\nimport type { TUserView } from '../../../../src/contract/api/auth-api';\nexport const x: TUserView[] = []; export const y = ROLES;",
    ],
  ])('allows %s', async (_, file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});
