// Every route is prerendered; assessment pages read their id from the query string in the browser.
export const prerender = true;
export const trailingSlash = 'never';
