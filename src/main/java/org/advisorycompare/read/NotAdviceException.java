package org.advisorycompare.read;

/**
 * A document that reads but is not advice (a placeholder such as "Summary not available", a text with
 * no advice left after cleaning): it is set aside with the reason, never a version. Not an error of the build.
 */
public class NotAdviceException extends UnreadableDocumentException {
    private static final long serialVersionUID = 1L;

    public NotAdviceException(String file, String reason) {
        super(file, "not advice, set aside: " + reason);
    }
}
