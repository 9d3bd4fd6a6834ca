// IndexedDB for Node: every test file gets the same in-memory implementation (fake-indexeddb).
// Each simulated machine uses its own database name (see test/helpers/store.ts).
import 'fake-indexeddb/auto';
