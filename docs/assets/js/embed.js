// Decided in the <head>, before the first paint; a file, not an inline script:
// the site runs under a Content-Security-Policy without 'unsafe-inline'.
// Scripts run: the page keeps room for what they add (the finders' filters), so
// nothing moves when it appears.
document.documentElement.classList.add("iw-js");
// Embed mode (?embed=1): an iframe never flashes the site's navigation.
if (/[?&]embed=1(&|$)/.test(location.search)) document.documentElement.classList.add("iw-embed");
