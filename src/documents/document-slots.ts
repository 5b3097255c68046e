import { DomainError } from '../core/errors.js';

/**
 * Reading an uploaded document (unzip, XML, a workbook model) costs tens to hundreds of MB for a
 * large file, so a burst of uploads must wait its turn, not parse at once and exhaust the heap. Every
 * document reader (goal documents, payment files, register imports) runs inside `withDocumentSlot`.
 * A queue that is already long refuses at once (429) rather than holding more uploads in memory.
 */
export class Slots {
  private activeCount = 0;
  private readonly queue: Array<() => void> = [];

  constructor(
    readonly concurrent: number,
    readonly maxWaiting: number,
  ) {}

  get active(): number {
    return this.activeCount;
  }

  get waiting(): number {
    return this.queue.length;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.activeCount < this.concurrent) {
      this.activeCount++;
    } else {
      if (this.queue.length >= this.maxWaiting) {
        throw new DomainError('RATE_LIMITED', {
          zh: `服务器正在读取较多上传的文件（${this.activeCount} 个正在读取，${this.queue.length} 个在排队），请稍后再上传`,
          en: `The server is reading many uploaded files (${this.activeCount} being read, ${this.queue.length} waiting): please upload again in a moment`,
        });
      }
      // the slot is handed over by the finishing reader, so `active` stays as it is
      await new Promise<void>((resolve) => this.queue.push(resolve));
    }
    try {
      return await work();
    } finally {
      const next = this.queue.shift();
      if (next) next();
      else this.activeCount--;
    }
  }
}

/** Two at a time (the server has a couple of cores); sixteen more may wait. */
export const documentSlots = new Slots(2, 16);

export const withDocumentSlot = <T>(work: () => Promise<T>): Promise<T> => documentSlots.run(work);
