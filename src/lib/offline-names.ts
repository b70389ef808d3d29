/** Cache that holds pages the reader saved for offline reading (never expired by the worker). */
export const SAVED_CACHE = 'tip-saved';
/** Message the service worker sends when a page it had cached has changed on the site. */
export const UPDATED_MESSAGE = 'tip-page-updated';
/** Cache holding a marker for each page that changed since the reader last had it (read once by the page). */
export const UPDATES_CACHE = 'tip-updates';
/** localStorage key of the list of saved pages and editions. */
export const SAVED_INDEX_KEY = 'tip-saved-index';
/**
 * Header on the page's own requests that save files. The worker lets them through to the network
 * untouched: were they answered through its runtime caches, a cache update finishing after
 * "Cancel" could write a file back into the saved cache that the cancel had just emptied.
 */
export const SAVING_HEADER = 'x-tip-saving';
