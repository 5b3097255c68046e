/** Who is acting: a signed-in user, or the CLI on this machine. Recorded on every change. */
export interface Actor {
  userId: number | null;
  name: string;
  ip?: string;
}

export const cliActor = (): Actor => ({ userId: null, name: `cli:${process.env.USER ?? process.env.USERNAME ?? 'local'}`, ip: 'local' });
