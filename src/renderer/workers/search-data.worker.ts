// Makes a new dataset's search index off the page's thread (db/table-snapshot.ts): at 10,000
// projects it is a ~400 ms task, at 100,000 seconds, right after the first rows are shown.
import { buildSearchData, type SearchDocument } from '../../shared/search/search-index'

self.onmessage = (event: MessageEvent<SearchDocument[]>) => {
  const data = buildSearchData(event.data)
  // The postings move to the page rather than being copied.
  self.postMessage(data, { transfer: data.fields.flatMap((f) => [f.offsets.buffer, f.docs.buffer]) })
}
