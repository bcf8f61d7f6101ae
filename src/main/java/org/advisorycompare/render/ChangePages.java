package org.advisorycompare.render;

/**
 * How the list of every change, newest first, is cut into pages. Archive pages hold fixed blocks of
 * {@code perPage} changes numbered from the oldest ({@code changes/1/} holds the first 50 changes ever
 * recorded), so an archive page, once made, keeps its content and its address as changes arrive; only
 * the first page ({@code changes/}), which holds the newest {@code perPage} to {@code 2 * perPage - 1},
 * and, once per block, the newest archive page change. Page 0 is the first page; pages 1 to
 * {@link #archived()} are archive blocks.
 */
record ChangePages(int total, int perPage) {

    /** How many archive pages there are: every full block but the newest, which stays on the first page. */
    int archived() {
        return Math.max(0, total / perPage - 1);
    }

    /** Index (newest first) of the first change on page {@code page}. */
    int from(int page) {
        return page == 0 ? 0 : total - page * perPage;
    }

    /** Index (newest first) after the last change on page {@code page}. */
    int to(int page) {
        return page == 0 ? total - archived() * perPage : total - (page - 1) * perPage;
    }

    /** The page of newer changes, or -1 for the first page. */
    int newer(int page) {
        return page == 0 ? -1 : page == archived() ? 0 : page + 1;
    }

    /** The page of older changes, or -1 when there are none. */
    int older(int page) {
        return page == 0 ? (archived() > 0 ? archived() : -1) : page == 1 ? -1 : page - 1;
    }

    /** Where the page is, in words: "Changes 101 to 150 of all recorded, counted from the oldest". */
    String position(int page) {
        int first = total - to(page) + 1;
        int last = total - from(page);
        return page == 0 ? "The newest " + (last - first + 1) + " of " + total + " changes"
                : "Changes " + first + " to " + last + ", counted from the oldest";
    }
}
