// Embed mode (?embed=1): decided in the <head>, before the first paint, so an
// iframe never flashes the site's navigation. A file, not an inline script:
// the site runs under a Content-Security-Policy without 'unsafe-inline'.
if (/[?&]embed=1(&|$)/.test(location.search)) document.documentElement.classList.add("iw-embed");
