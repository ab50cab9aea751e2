package no.fakturaflyt.document;

/** Thrown when an invoice or credit note cannot be rendered to PDF. */
public class DocumentRenderingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DocumentRenderingException(String message) {
        super(message);
    }

    public DocumentRenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
