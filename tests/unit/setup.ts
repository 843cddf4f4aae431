// IndexedDB for lib/records tests; Node has none.
import 'fake-indexeddb/auto';
