// Redirect pages (templates/site/redirect.html.j2): go to the new address at
// once and keep the query and the #fragment (keuzehulp answers live there),
// which the page's meta refresh would drop. The new address is the page's
// canonical link. A file, not an inline script, for a strict CSP.
location.replace(document.querySelector("link[rel=canonical]").href + location.search + location.hash);
