package org.rbe.governance.correlation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Public download of the two demo observation files, {@code /public/demo/{name}}; nothing else is served. */
@RestController
class DemoFiles {
    static final Set<String> NAMES = Set.of("observations.csv", "observations-forbidden.csv");

    @GetMapping("/public/demo/{name}")
    ResponseEntity<byte[]> demo(@PathVariable String name) throws IOException {
        if (!NAMES.contains(name)) {
            return ResponseEntity.notFound().build();
        }
        try (InputStream in = new ClassPathResource("demo/" + name).getInputStream()) {
            return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                    .body(in.readAllBytes());
        }
    }
}
