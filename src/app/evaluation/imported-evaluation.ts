export async function storeImportedEvaluation(_: unknown): Promise<{status: 'created'|'updated'|'unchanged'; unit: {code: string; name: string}}> { throw new Error('todo'); }
