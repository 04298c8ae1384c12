package dev.schemaverify.examples.guard;

import dev.schemaverify.guard.GuardResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The guard's verdict as a health document, the way a health endpoint (or an actuator contributor) would
 * serve it. The HTTP status is 200 whenever the application runs (a failed guard never gets this far);
 * the document's {@code status} says {@code passed}, {@code warned} (warn mode, with the problems) or
 * {@code bypassed} (the emergency switch, with who set it), so monitoring can alert on anything but passed.
 */
@RestController
public class SchemaHealthController {
    private final GuardResult result;

    public SchemaHealthController(GuardResult result) {
        this.result = result;
    }

    @GetMapping(path = "/health/schema", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<String> schema() {
        return ResponseEntity.status(HttpStatus.OK).contentType(MediaType.APPLICATION_JSON).body(result.toJson());
    }
}
