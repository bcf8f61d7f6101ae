package org.advisorycompare.config;

/**
 * The size budgets {@code check} holds a site to, each with a documented default; each is a {@code check} and
 * {@code build} option and a key of {@code advisory-compare.yml}.
 *
 * @param fileKb the most kilobytes (1,024 bytes) of any one file (default {@value #DEFAULT_FILE_KB}, 5 MB;
 *               {@code --file-budget-kb}, key {@code file_budget_kb})
 * @param feedKb the most kilobytes of one feed file, RSS, Atom or JSON Feed (default {@value #DEFAULT_FEED_KB}; the
 *               default site's largest is about 800; {@code --feed-budget-kb}, key {@code feed_budget_kb})
 */
public record CheckBudgets(long fileKb, long feedKb) {
    public static final long DEFAULT_FILE_KB = 5 * 1024;
    public static final long DEFAULT_FEED_KB = 1500;

    public CheckBudgets {
        if (fileKb < 1) {
            throw new ConfigException("file budget " + fileKb + " KB (--file-budget-kb, key file_budget_kb) must be at least 1;"
                    + " the default is " + DEFAULT_FILE_KB);
        }
        if (feedKb < 1) {
            throw new ConfigException("feed budget " + feedKb + " KB (--feed-budget-kb, key feed_budget_kb) must be at least 1;"
                    + " the default is " + DEFAULT_FEED_KB);
        }
    }

    public static CheckBudgets defaults() {
        return new CheckBudgets(DEFAULT_FILE_KB, DEFAULT_FEED_KB);
    }

    public long fileBytes() {
        return fileKb * 1024;
    }

    public long feedBytes() {
        return feedKb * 1024;
    }
}
