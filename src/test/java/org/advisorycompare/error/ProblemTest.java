package org.advisorycompare.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemTest {
    @Test
    void aProblemReadsAsOneLineNamingTheFileTheCauseAndTheFix() {
        assertThat(new Problem("content/collected/us/ml/x.html", "is empty", "collect it again").message())
                .isEqualTo("content/collected/us/ml/x.html: is empty (collect it again)");
        assertThat(Problem.in("a.txt", "is not UTF-8").message()).isEqualTo("a.txt: is not UTF-8");
        assertThat(Problem.of("no content folder").message()).isEqualTo("no content folder");
    }

    @Test
    void anExceptionCarriesItsProblemForABuildToCollect() {
        Problem problem = new Problem("f.md", "has no front matter", "import the document again");
        AdvisoryCompareException e = new AdvisoryCompareException(problem, null) {
            private static final long serialVersionUID = 1L;
        };
        assertThat(e.problem()).isEqualTo(problem);
        assertThat(e.getMessage()).isEqualTo(problem.message());
    }
}
