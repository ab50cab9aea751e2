package no.fakturaflyt.common;

import java.util.List;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Problems of a multipart upload as RFC 7807 problems naming the part {@code file}. The request is taken apart
 * (and its content type matched) before a controller is chosen, so this advice is not limited to our packages ({@link ApiExceptionHandler} is):
 * without it an upload above the limit is answered with an empty 413 page.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadProblems {

    private final MultipartProperties multipart;

    UploadProblems(MultipartProperties multipart) {
        this.multipart = multipart;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        String message = "An upload may be at most " + multipart.getMaxFileSize().toMegabytes() + " MB (the whole "
                + "request at most " + multipart.getMaxRequestSize().toMegabytes() + " MB)";
        ProblemDetail problem = ApiExceptionHandler.validationProblem(message,
                List.of(ApiExceptionHandler.fieldError("file", message)));
        problem.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
        problem.setTitle("Upload too large");
        problem.setProperty("limit", multipart.getMaxRequestSize().toBytes());
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /**
     * A body of the wrong type, e.g. JSON to an upload: 415 naming {@code file} for an upload, {@code body} otherwise.
     * No controller method matched, so {@link ApiExceptionHandler} (limited to our controllers) never sees it.
     */
    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> unsupportedType(HttpMediaTypeNotSupportedException e) {
        boolean upload = e.getSupportedMediaTypes().stream()
                .anyMatch(type -> type.isCompatibleWith(MediaType.MULTIPART_FORM_DATA));
        String field = upload ? "file" : "body";
        String message = upload
                ? "Send the file as the part 'file' of a multipart/form-data request, not " + e.getContentType()
                : "Content type " + e.getContentType() + " is not supported; send " + e.getSupportedMediaTypes();
        ProblemDetail problem = ApiExceptionHandler.validationProblem(message,
                List.of(ApiExceptionHandler.fieldError(field, message)));
        problem.setStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        problem.setTitle("Unsupported media type");
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).headers(e.getHeaders())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> notMultipart(MultipartException e) {
        String message = "Send the file as the part 'file' of a well-formed multipart/form-data request";
        ProblemDetail problem = ApiExceptionHandler.validationProblem(message,
                List.of(ApiExceptionHandler.fieldError("file", message)));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
