import type { Payload } from 'payload'

/** Key prefix of the seed's records in Payload's key-value store. */
const PREFIX = 'seed:'

export type LedgerTarget = string

/** What the ledger remembers about a seeded document or global. */
type LedgerEntry = { id: number | string | null; seededAt: string }

/**
 * Remembers every document and global the seed has ever created, so that a document
 * an editor deleted is not created again by the next run. The records live in
 * Payload's internal key-value collection (`payload-kv`): hidden in the admin, closed
 * to every API reader, and already part of the schema, so no extra collection is needed.
 */
export class SeedLedger {
  private constructor(
    private readonly payload: Payload,
    private readonly keys: Set<string>,
  ) {}

  static async load(payload: Payload): Promise<SeedLedger> {
    const keys = await payload.kv.keys()
    return new SeedLedger(payload, new Set(keys.filter((key) => key.startsWith(PREFIX))))
  }

  /** Whether anything has been seeded into this database before. */
  get isEmpty(): boolean {
    return this.keys.size === 0
  }

  has(target: LedgerTarget, seedKey: string): boolean {
    return this.keys.has(ledgerKey(target, seedKey))
  }

  async record(target: LedgerTarget, seedKey: string, id: number | string | null): Promise<void> {
    const key = ledgerKey(target, seedKey)
    const entry: LedgerEntry = { id, seededAt: new Date().toISOString() }
    await this.payload.kv.set(key, entry)
    this.keys.add(key)
  }
}

function ledgerKey(target: LedgerTarget, seedKey: string): string {
  return `${PREFIX}${target}:${seedKey}`
}
