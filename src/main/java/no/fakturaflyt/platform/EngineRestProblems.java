package no.fakturaflyt.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import no.fakturaflyt.common.ConflictException;
import no.fakturaflyt.common.InvalidInputException;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * The same problems at the engine's doors as at our API: a business refusal raised while a task is completed through
 * engine REST or Tasklist's engine API (a delegate or listener saying 409 or 400) becomes an RFC 7807 problem with
 * the reason, not Camunda's 500; and completing a task that is no longer open is a 409 saying when and how it ended.
 * Registered in every Jersey application of the server (engine REST and the webapps' engine API) through
 * META-INF/services.
 */
public final class EngineRestProblems implements ForcedAutoDiscoverable {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void configure(FeatureContext context) {
        if (!context.getConfiguration().isRegistered(Conflicts.class)) {
            context.register(Conflicts.class);
            context.register(InvalidInputs.class);
            context.register(ClosedTaskCheck.class);
        }
    }

    static Response problem(int status, String type, String title, String detail, Map<String, Object> more) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "https://fakturaflyt.no/problems/" + type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("message", detail);       // what Tasklist shows of a failed request
        body.putAll(more);
        try {
            return Response.status(status).type(PROBLEM_JSON).entity(JSON.writeValueAsString(body)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 409: the action clashes with the state of what it acts on. */
    public static final class Conflicts implements ExceptionMapper<ConflictException> {
        @Override
        public Response toResponse(ConflictException e) {
            return problem(409, "conflict", "Conflict", e.getMessage(), e.getProperties());
        }
    }

    /** 400 naming the form field at fault. */
    public static final class InvalidInputs implements ExceptionMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException e) {
            return problem(400, "validation", "Invalid input", e.getMessage(), Map.of("field", e.getField(),
                    "errors", java.util.List.of(Map.of("field", e.getField(), "message", e.getMessage()))));
        }
    }
}
