/**
 * Up to 20 MB of text per save: comparisons, backups and notes all fit with room to spare. Its own
 * module (no schema library), so the web build's bridge reads it without loading the contract's schemas.
 */
export const MAX_SAVED_TEXT_LENGTH = 20_000_000
