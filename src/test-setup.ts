// Gives Dexie an IndexedDB in Node-based tests (jsdom or node environments alike).
import 'fake-indexeddb/auto'
