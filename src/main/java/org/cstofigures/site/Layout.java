package org.cstofigures.site;

import java.util.List;

/** The frame every page shares: head, skip link, navigation, footer with licence, version and citation. */
final class Layout {

    /** A navigation entry: file name and label. */
    record Nav(String href, String label) {
    }

    private final String siteTitle;
    private final List<Nav> nav;
    private final String footer;

    Layout(String siteTitle, List<Nav> nav, String footer) {
        this.siteTitle = siteTitle;
        this.nav = List.copyOf(nav);
        this.footer = footer;
    }

    String page(String file, String title, String description, String body, boolean script) {
        StringBuilder s = new StringBuilder(body.length() + 4096);
        s.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.esc(title)).append(" — ").append(Html.esc(siteTitle))
                .append("</title>\n<meta name=\"description\" content=\"").append(Html.esc(description))
                .append("\">\n<link rel=\"stylesheet\" href=\"assets/site.css\">\n");
        if (script) {
            s.append("<script src=\"assets/site.js\" defer></script>\n")
                    .append("<noscript><style>tr.det[hidden] { display: table-row; }</style></noscript>\n");
        }
        s.append("</head>\n<body>\n<a class=\"skip\" href=\"#main\">Skip to content</a>\n<header class=\"top\">\n")
                .append("<p class=\"brand\"><a href=\"index.html\">").append(Html.esc(siteTitle))
                .append("</a></p>\n<nav aria-label=\"Site\"><ul>\n");
        for (Nav n : nav) {
            s.append("<li><a href=\"").append(n.href()).append('"')
                    .append(n.href().equals(file) ? " aria-current=\"page\"" : "").append('>')
                    .append(Html.esc(n.label())).append("</a></li>\n");
        }
        s.append("</ul></nav>\n</header>\n<main id=\"main\">\n").append(body).append("</main>\n<footer>\n")
                .append(footer).append("</footer>\n</body>\n</html>\n");
        return s.toString();
    }
}
